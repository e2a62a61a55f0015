package se.bofast.eviction;

import static se.bofast.platform.web.Inputs.require;
import static se.bofast.platform.web.Inputs.requireText;
import static se.bofast.platform.web.Inputs.trimToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.bofast.client.Households;
import se.bofast.client.ClientConstants;
import se.bofast.client.ClientService;
import se.bofast.landlord.LandlordConstants;
import se.bofast.landlord.OrganisationNumber;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.TextRules;

/**
 * The one place where a signal is validated, whichever way it arrives: over REST (the body is
 * only mapped, see {@code EvictionController.SignalBody}) or from the Tasklist start form
 * (the {@code registerEvictionSignal} delegate). A refusal is an {@link InvalidInputException}
 * naming the field as the REST body names it (400 application/problem+json over /api; the
 * engine's form-field validation error in Tasklist), with the message the REST API has always
 * given for it. Texts are checked as sent (as {@code @SafeText} checks them) and stored
 * stripped; the personnummer (the tenant's and each co-tenant's), the postal code and the
 * organisationsnummer are normalised.
 */
@Component
class SignalRules {

  static final int MAX_CHILDREN = 30;
  static final int PERSONAL_NUMBER_INPUT_MAX_LENGTH = ClientConstants.PERSONAL_NUMBER_INPUT_MAX_LENGTH;
  static final int ORGANISATION_NUMBER_INPUT_MAX_LENGTH = LandlordConstants.ORGANISATION_NUMBER_INPUT_MAX_LENGTH;
  static final int POSTAL_CODE_INPUT_MAX_LENGTH = 10;
  /** Co-tenants one signal may name besides the tenant. */
  static final int MAX_CO_TENANTS = 4;

  private final Clock clock;

  SignalRules(Clock clock) {
    this.clock = clock;
  }

  /**
   * The signal as it is stored: texts stripped, numbers normalised, the debt in kronor and öre.
   * Presence, lengths, characters, ranges and dates are checked all at once (a REST body with
   * several faults names them all, as its bean validation did); then the forms of the
   * personnummer, the postal code and the organisationsnummer, the first wrong one refused.
   *
   * @throws InvalidInputException naming the fields that are missing or wrong
   */
  Signal check(Signal s) {
    Faults faults = new Faults();
    String reference = faults.check(() -> text("externalReference", s.externalReference(), 100,
        "Ange avsändarens referens."));
    faults.check(() -> require(s.source(), "source",
        "Ange källa: LANDLORD, KRONOFOGDEN, BOSTADSFORMEDLINGEN eller SOCIAL_SERVICES."));
    faults.check(() -> require(s.type(), "type",
        "Ange typ: RENT_ARREARS, DISTURBANCE, EVICTION_DATE_SET eller EARLY_WARNING."));
    faults.check(() -> text("tenant.personnummer", s.tenantPersonalNumber(), PERSONAL_NUMBER_INPUT_MAX_LENGTH,
        "Ange hyresgästens personnummer eller samordningsnummer."));
    String name = faults.check(() -> text("tenant.name", s.tenantName(), 120, "Ange hyresgästens namn."));
    String street = faults.check(() -> text("address.street", s.street(), 120, "Ange gatuadress."));
    faults.check(() -> text("address.postalCode", s.postalCode(), POSTAL_CODE_INPUT_MAX_LENGTH, "Ange postnummer."));
    String city = faults.check(() -> text("address.city", s.city(), 60, "Ange ort."));
    String landlordName = faults.check(() -> optionalText("landlord.name", s.landlordName(), 120));
    faults.check(() -> optionalText("landlord.organisationNumber", s.landlordOrganisationNumber(),
        ORGANISATION_NUMBER_INPUT_MAX_LENGTH));
    Integer children = faults.check(() -> children(s.childrenInHousehold()));
    BigDecimal debt = faults.check(() -> rentDebt(s.rentDebtSek()));
    LocalDate today = LocalDate.now(clock);
    faults.check(() -> date("noticeServedDate", s.noticeServedDate(), today, 0));
    faults.check(() -> date("socialServicesNotifiedDate", s.socialServicesNotifiedDate(), today, 0));
    faults.check(() -> date("evictionDate", s.evictionDate() == null ? null : s.evictionDate().toLocalDate(), today,
        DateRules.DEFAULT_YEARS_AHEAD));
    List<String> coTenantNames = coTenantTexts(s.coTenants(), faults);
    faults.refuseAny();
    String tenant = personalNumber(s.tenantPersonalNumber());
    return new Signal(reference, s.source(), s.type(), tenant, name, street,
        postalCode(s.postalCode()), city, landlordName, organisationNumber(s.landlordOrganisationNumber()),
        children, debt, s.noticeServedDate(), s.socialServicesNotifiedDate(), s.evictionDate(),
        coTenants(s.coTenants(), coTenantNames, tenant));
  }

  /** The co-tenants' presence, lengths and characters, each fault named (coTenants[i].personnummer, ...); their names. */
  private static List<String> coTenantTexts(List<Signal.CoTenant> coTenants, Faults faults) {
    List<String> names = new ArrayList<>();
    if (coTenants.size() > MAX_CO_TENANTS) {
      faults.check(() -> {
        throw new InvalidInputException("coTenants", "Högst " + MAX_CO_TENANTS + " medhyresgäster.");
      });
      return names;
    }
    for (int i = 0; i < coTenants.size(); i++) {
      Signal.CoTenant co = coTenants.get(i);
      String at = "coTenants[" + i + "]";
      if (co == null) {
        faults.check(() -> require(null, at, "Ange medhyresgästen (personnummer och namn)."));
        names.add(null);
        continue;
      }
      faults.check(() -> text(at + ".personnummer", co.personalNumber(), PERSONAL_NUMBER_INPUT_MAX_LENGTH,
          "Ange medhyresgästens personnummer eller samordningsnummer."));
      names.add(faults.check(() -> text(at + ".name", co.name(), 120, "Ange medhyresgästens namn.")));
    }
    return names;
  }

  /** The co-tenants as stored: each personnummer valid, normalised, and not named twice in the signal. */
  private static List<Signal.CoTenant> coTenants(List<Signal.CoTenant> sent, List<String> names, String tenant) {
    List<String> named = new ArrayList<>(List.of(tenant));
    List<Signal.CoTenant> checked = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      String field = "coTenants[" + i + "].personnummer";
      String number;
      try {
        number = ClientService.normalizePersonalNumber(sent.get(i).personalNumber());
      } catch (InvalidInputException e) {
        throw new InvalidInputException(field, "Medhyresgäst " + (i + 1) + ": " + e.getMessage());
      }
      if (named.contains(number)) {
        throw new InvalidInputException(field, "Medhyresgäst " + (i + 1) + " är redan angiven i signalen.");
      }
      named.add(number);
      checked.add(new Signal.CoTenant(number, names.get(i)));
    }
    return checked;
  }

  /** Collects the refusals of several rules, so that one answer names every field that is wrong. */
  private static final class Faults {

    private final List<InvalidInputException.Fault> found = new ArrayList<>();

    <T> T check(Supplier<T> rule) {
      try {
        return rule.get();
      } catch (InvalidInputException e) {
        found.addAll(e.faults());
        return null;
      }
    }

    void refuseAny() {
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
    }
  }

  private static Integer children(Integer children) {
    Households.childrenCount(children, "childrenInHousehold");
    if (children != null && children > MAX_CHILDREN) {
      throw new InvalidInputException("childrenInHousehold", "Högst " + MAX_CHILDREN + " barn.");
    }
    return children;
  }

  private static LocalDate date(String field, LocalDate date, LocalDate today, int yearsAhead) {
    DateRules.check(field, date, today, yearsAhead);
    return date;
  }

  private static String personalNumber(String input) {
    try {
      return ClientService.normalizePersonalNumber(input);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("tenant.personnummer", e.getMessage());
    }
  }

  private static String postalCode(String input) {
    String postal = input.strip().replace(" ", "");
    if (!postal.matches("\\d{5}")) {
      throw new InvalidInputException("address.postalCode", "Postnumret ska ha fem siffror, till exempel 113 21.");
    }
    return postal;
  }

  private static String organisationNumber(String input) {
    String org = trimToNull(input);
    if (org == null) {
      return null;
    }
    try {
      return OrganisationNumber.normalize(org);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("landlord.organisationNumber", e.getMessage());
    }
  }

  /** The debt by {@link Kronor}'s rule. */
  private static BigDecimal rentDebt(BigDecimal debt) {
    return debt == null ? null
        : Kronor.of(debt, "rentDebtSek", "Hyresskulden", "Hyresskulden kan inte vara negativ.");
  }

  /** A required text: present, then as {@link #optionalText}. */
  private static String text(String field, String value, int max, String missing) {
    requireText(value, field, missing);
    return optionalText(field, value, max);
  }

  /** A text checked as sent (length, characters), answered stripped, null when blank. */
  private static String optionalText(String field, String value, int max) {
    String problem = TextRules.problem(value, max, false);
    if (problem != null) {
      throw new InvalidInputException(field, problem);
    }
    return trimToNull(value);
  }
}
