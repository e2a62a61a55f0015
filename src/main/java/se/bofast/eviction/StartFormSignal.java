package se.bofast.eviction;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.bofast.platform.process.FormValues;

/**
 * The signal a bosamordnare types into eviction-prevention's start form (eviction-start: a
 * phone call, a letter), as {@link SignalRules} checks every signal. The co-tenant is optional:
 * a personnummer or a name of one makes the signal name a co-tenant, which the rules then
 * check as they check the tenant. The form's personal data (keys in
 * {@link EvictionPersonalData}) is removed from the variables by the caller.
 */
final class StartFormSignal {

  static final String CO_TENANT_PERSONAL_NUMBER = "coTenantPersonalNumber";
  static final String CO_TENANT_NAME = "coTenantName";

  private StartFormSignal() {
  }

  static Signal of(VariableScope form, String reference) {
    String coTenantNumber = FormValues.text(form, CO_TENANT_PERSONAL_NUMBER);
    String coTenantName = FormValues.text(form, CO_TENANT_NAME);
    List<Signal.CoTenant> coTenants = blank(coTenantNumber) && blank(coTenantName) ? List.of()
        : List.of(new Signal.CoTenant(coTenantNumber, coTenantName));
    return new Signal(reference,
        FormValues.choice(form, "source", SignalSource.class, "Källa"),
        FormValues.choice(form, "signalType", SignalType.class, "Typ av signal"),
        FormValues.text(form, "tenantPersonalNumber"),
        FormValues.text(form, "tenantName"),
        FormValues.text(form, "street"),
        FormValues.text(form, "postalCode"),
        FormValues.text(form, "city"),
        FormValues.text(form, "landlordName"),
        FormValues.text(form, "landlordOrganisationNumber"),
        FormValues.integer(form, "childrenInHousehold", "Antal barn i hushållet"),
        FormValues.decimal(form, "rentDebtSek", "Hyresskuld"),
        FormValues.date(form, "noticeServedDate", "Delgiven"),
        FormValues.date(form, "socialServicesNotifiedDate", "Socialnämnden underrättad"),
        FormValues.dateTime(form, "evictionDate", "Avhysning"),
        coTenants);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
