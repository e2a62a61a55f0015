package se.bofast.eviction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A signal about a household, as it arrives over REST or from the Tasklist start form.
 * Validated in one place, {@link SignalRules}, however it arrives; the personal number in any accepted form.
 * {@code coTenants}: the other tenants named on the notice (none when not given; an entry may be
 * null as sent, which the rules refuse).
 */
public record Signal(
    String externalReference,
    SignalSource source,
    SignalType type,
    String tenantPersonalNumber,
    String tenantName,
    String street,
    String postalCode,
    String city,
    String landlordName,
    String landlordOrganisationNumber,
    Integer childrenInHousehold,
    BigDecimal rentDebtSek,
    LocalDate noticeServedDate,
    LocalDate socialServicesNotifiedDate,
    LocalDateTime evictionDate,
    List<CoTenant> coTenants) {

  /** Another tenant of the household named on the notice (a co-tenant on the lease). */
  public record CoTenant(String personalNumber, String name) {
  }

  public Signal {
    coTenants = coTenants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(coTenants));
  }

  /** A signal naming one tenant only. */
  public Signal(String externalReference, SignalSource source, SignalType type, String tenantPersonalNumber,
      String tenantName, String street, String postalCode, String city, String landlordName,
      String landlordOrganisationNumber, Integer childrenInHousehold, BigDecimal rentDebtSek,
      LocalDate noticeServedDate, LocalDate socialServicesNotifiedDate, LocalDateTime evictionDate) {
    this(externalReference, source, type, tenantPersonalNumber, tenantName, street, postalCode, city, landlordName,
        landlordOrganisationNumber, childrenInHousehold, rentDebtSek, noticeServedDate, socialServicesNotifiedDate,
        evictionDate, List.of());
  }

  /** The same signal naming these co-tenants. */
  public Signal withCoTenants(List<CoTenant> named) {
    return new Signal(externalReference, source, type, tenantPersonalNumber, tenantName, street, postalCode, city,
        landlordName, landlordOrganisationNumber, childrenInHousehold, rentDebtSek, noticeServedDate,
        socialServicesNotifiedDate, evictionDate, named);
  }
}
