package se.bofast.eviction;

import static se.bofast.platform.web.Inputs.require;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.Households;
import se.bofast.platform.web.InvalidInputException;

/**
 * What the steps of eviction-prevention record on the case: contact attempts with the tenant,
 * the children affected, the outcome that closes the case, and the referral to the housing
 * chain. Each refusal names the form field with a Swedish message for Tasklist.
 */
@Service
@Transactional
public class CaseSteps {

  /** The tenant's identity, for the referral to the housing chain after an eviction. */
  public record Tenant(String personalNumber, String name, Integer childrenInHousehold) {
  }

  private final EvictionCaseRepository cases;
  private final EvictionSignalRepository signals;
  private final ContactAttemptRepository attempts;
  private final CaseAssessment assessment;
  private final Clock clock;

  CaseSteps(EvictionCaseRepository cases, EvictionSignalRepository signals, ContactAttemptRepository attempts,
      CaseAssessment assessment, Clock clock) {
    this.cases = cases;
    this.signals = signals;
    this.attempts = attempts;
    this.assessment = assessment;
    this.clock = clock;
  }

  /**
   * An attempt to reach the tenant; the number of children, when asked, reassesses the case.
   *
   * @return whether children live in the household (the process's flag {@code hasChildren})
   */
  public boolean recordContactAttempt(long caseId, LocalDate date, ContactChannel channel, boolean reached,
      Integer childrenInHousehold, String user) {
    EvictionCase c = cases.loadOpen(caseId);
    require(date, "attemptDate", "Ange datum för kontaktförsöket.");
    require(channel, "channel", "Ange hur du försökte nå hyresgästen.");
    if (date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("attemptDate", "Datumet får inte ligga i framtiden.");
    }
    if (date.isBefore(c.firstSignalOn)) {
      throw new InvalidInputException("attemptDate", "Datumet kan inte vara före den första signalen (" + c.firstSignalOn + ").");
    }
    if (childrenInHousehold != null) {
      Households.childrenCount(childrenInHousehold, "childrenInHousehold");
      c.childrenInHousehold = childrenInHousehold;
    }
    if (reached && c.childrenInHousehold == null) {
      throw new InvalidInputException("childrenInHousehold",
          "Fråga hur många barn som bor i hushållet: barn ger ärendet högsta prioritet.");
    }
    if (reached && c.firstContactOn == null) {
      c.firstContactOn = date;
    }
    attempts.save(new ContactAttempt(caseId, date, channel, reached, user, OffsetDateTime.now(clock)));
    if (childrenInHousehold != null) {
      assessment.reassess(c, false, signals.findByCaseIdOrderByReceivedAtAscIdAsc(caseId));
    }
    return c.hasChildren();
  }

  public void recordChildrenAffected(long caseId, int childrenAffected) {
    Households.childrenCount(childrenAffected, "childrenAffected");
    cases.loadOpen(caseId).childrenAffected = childrenAffected;
  }

  public void recordOutcome(long caseId, Outcome outcome, Integer childrenAffected, BigDecimal rentDebtSek,
      Boolean socialServicesPresent) {
    EvictionCase c = cases.loadOpen(caseId);
    require(outcome, "outcome", "Ange utfall.");
    require(childrenAffected, "childrenAffected", "Ange hur många barn som berördes (0 om inga).");
    Households.childrenCount(childrenAffected, "childrenAffected");
    if (rentDebtSek != null && rentDebtSek.signum() < 0) {
      throw new InvalidInputException("rentDebtSek", "Hyresskulden kan inte vara negativ.");
    }
    if (outcome == Outcome.EVICTED && socialServicesPresent == null) {
      throw new InvalidInputException("socialServicesPresent", "Ange om socialtjänsten var på plats vid avhysningen.");
    }
    c.outcome = outcome;
    c.childrenAffected = childrenAffected;
    if (rentDebtSek != null) {
      c.rentDebtSek = rentDebtSek;
    }
    c.socialServicesPresent = outcome == Outcome.EVICTED ? socialServicesPresent : null;
    c.status = EvictionCase.Status.CLOSED;
    c.openTenantKey = null;
    c.closedOn = LocalDate.now(clock);
  }

  @Transactional(readOnly = true)
  public Tenant tenant(long caseId) {
    EvictionCase c = cases.load(caseId);
    return new Tenant(c.tenantPersonalNumber, c.tenantName, c.childrenInHousehold);
  }

  public void linkClientJourney(long caseId, String journeyCaseNumber) {
    cases.load(caseId).clientJourneyCaseNumber = journeyCaseNumber;
  }

  /** How many recorded attempts did not reach the tenant. */
  @Transactional(readOnly = true)
  public long unansweredAttempts(long caseId) {
    return attempts.findByCaseIdOrderByAttemptOnAscIdAsc(caseId).stream().filter(a -> !a.reached).count();
  }

  /**
   * The bosamordnare lets the case go on although the tenant has not been reached: the day is
   * recorded once. A tenant reached in the meantime leaves nothing to record.
   */
  public void recordContinuedWithoutContact(long caseId) {
    EvictionCase c = cases.loadOpen(caseId);
    if (c.firstContactOn == null && c.continuedWithoutContactOn == null) {
      c.continuedWithoutContactOn = LocalDate.now(clock);
    }
  }
}
