package se.bofast.eviction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import se.bofast.client.ClientConstants;

/**
 * An eviction case as staff read it (GET /api/eviction-cases), with the signals it has received
 * and the household's tenants (names; the personnummer stay in the case), and what its steps
 * decided: the UV-team's decision, the aid decision, emergency housing and the outcome with its
 * date and the rent debt left ({@code rentDebtSek} is the signals' debt). {@code protectedIdentity}:
 * a tenant has protected identity (client.ClientProtection), so the address is left out for
 * everyone and the names for all but the protected client's team and the enhetschef.
 */
public record CaseView(long caseId, String caseNumber, String processInstanceId, String status, String priority,
    LocalDate contactDeadline, LocalDate reclaimDeadline, LocalDateTime evictionDate, String tenantName,
    String street, String postalCode, String city, String landlordName, Integer childrenInHousehold,
    BigDecimal rentDebtSek, LocalDate firstSignalOn, LocalDate firstContactOn, Integer daysToFirstContact,
    Outcome outcome, Integer childrenAffected, Boolean socialServicesPresent, LocalDate closedOn,
    String clientJourneyCaseNumber, List<SignalView> signals, List<TenantView> tenants,
    UvTeamDecisionView uvTeamDecision, AidDecisionView aidDecision, Boolean emergencyHousing, LocalDate outcomeOn,
    BigDecimal rentDebtAtOutcomeSek, LocalDate continuedWithoutContactOn, boolean protectedIdentity) {

  /** One signal of the case, as it was received. */
  public record SignalView(long id, SignalSource source, String externalReference, SignalType type,
      LocalDate receivedOn, Integer childrenInHousehold, BigDecimal rentDebtSek, LocalDate noticeServedDate,
      LocalDate socialServicesNotifiedDate, LocalDateTime evictionDate) {
  }

  /** A tenant of the household: the tenant the case was opened for first, then the co-tenants as they joined. */
  public record TenantView(String name, boolean mainTenant, LocalDate addedOn) {
  }

  /** The UV-team's joint decision: when, the measures, the unit or role that acts, by when. */
  public record UvTeamDecisionView(LocalDate decidedOn, String measures, String responsible, LocalDate actBy) {
  }

  /** The decision on ekonomiskt bistånd for the rent debt (an amount when granted). */
  public record AidDecisionView(AidDecision decision, BigDecimal amountSek, LocalDate decidedOn) {
  }

  /** The case with its signals ({@code received}: oldest first) and its tenants. */
  static CaseView of(EvictionCase c, List<EvictionSignal> received) {
    List<SignalView> list = received.stream()
        .map(x -> new SignalView(x.id, x.source, x.externalReference, x.type, x.receivedOn, x.childrenInHousehold,
            x.rentDebtSek, x.noticeServedDate, x.socialServicesNotifiedDate, x.evictionAt))
        .toList();
    Integer days = c.firstContactOn == null ? null : (int) ChronoUnit.DAYS.between(c.firstSignalOn, c.firstContactOn);
    UvTeamDecisionView uv = c.uvDecidedOn == null ? null
        : new UvTeamDecisionView(c.uvDecidedOn, c.uvMeasures, c.uvResponsible, c.uvActBy);
    AidDecisionView aid = c.aidDecision == null ? null
        : new AidDecisionView(AidDecision.valueOf(c.aidDecision), c.aidAmountSek, c.aidDecidedOn);
    return new CaseView(c.id, c.caseNumber, c.processInstanceId, c.status.name(), c.priority, c.contactDeadline,
        c.reclaimDeadline, c.evictionAt, c.tenantName, c.street, c.postalCode, c.city, c.landlordName,
        c.childrenInHousehold, c.rentDebtSek, c.firstSignalOn, c.firstContactOn, days, c.outcome, c.childrenAffected,
        c.socialServicesPresent, c.closedOn, c.clientJourneyCaseNumber, list, tenants(c), uv, aid,
        c.emergencyHousing, c.outcomeOn, c.rentDebtAtOutcomeSek, c.continuedWithoutContactOn, false);
  }

  /** The case of a protected household: no address; the names only when {@code identify}, else the case number. */
  CaseView protectedView(boolean identify) {
    List<TenantView> people = identify ? tenants
        : tenants.stream().map(t -> new TenantView(caseNumber, t.mainTenant(), t.addedOn())).toList();
    return new CaseView(caseId, caseNumber, processInstanceId, status, priority, contactDeadline, reclaimDeadline,
        evictionDate, identify ? tenantName : caseNumber, null, null, null, landlordName, childrenInHousehold,
        rentDebtSek, firstSignalOn, firstContactOn, daysToFirstContact, outcome, childrenAffected,
        socialServicesPresent, closedOn, clientJourneyCaseNumber, signals, people, uvTeamDecision, aidDecision,
        emergencyHousing, outcomeOn, rentDebtAtOutcomeSek, continuedWithoutContactOn, true);
  }

  private static List<TenantView> tenants(EvictionCase c) {
    return c.tenants.stream()
        .sorted(Comparator.comparing((CaseTenant t) -> !t.mainTenant).thenComparing(t -> t.addedAt)
            .thenComparing(t -> t.personalNumber))
        .map(t -> new TenantView(t.name, t.mainTenant,
            t.addedAt.atZoneSameInstant(ClientConstants.ZONE).toLocalDate()))
        .toList();
  }
}
