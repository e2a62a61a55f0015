package se.bofast.eviction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A signal about a household, as it arrives over REST or from the Tasklist start form.
 * Validated in one place, {@link SignalRules}, however it arrives; the personal number in any accepted form.
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
    LocalDateTime evictionDate) {
}
