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
 * the outcome that closes the case (stored by {@link CaseDecisions}, with the other decisions),
 * and the referral to the housing chain. Each refusal names the form field with a Swedish message for Tasklist.
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
  private final CaseDecisions decisions;
  private final Clock clock;

  CaseSteps(EvictionCaseRepository cases, EvictionSignalRepository signals, ContactAttemptRepository attempts,
      CaseAssessment assessment, CaseDecisions decisions, Clock clock) {
    this.cases = cases;
    this.signals = signals;
    this.attempts = attempts;
    this.assessment = assessment;
    this.decisions = decisions;
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

  /**
   * The outcome, dated today; the task form's outcome goes through {@link CaseDecisions#recordOutcome}
   * with its own date. {@code rentDebtSek} is the debt at the outcome, stored apart from the signals' debt.
   */
  public void recordOutcome(long caseId, Outcome outcome, Integer childrenAffected, BigDecimal rentDebtSek,
      Boolean socialServicesPresent) {
    decisions.recordOutcome(caseId, new CaseDecisions.OutcomeReport(outcome, LocalDate.now(clock), childrenAffected,
        rentDebtSek, socialServicesPresent));
  }

  @Transactional(readOnly = true)
  public Tenant tenant(long caseId) {
    EvictionCase c = cases.load(caseId);
    return new Tenant(c.tenantPersonalNumber, c.tenantName, c.childrenInHousehold);
  }

  public void linkClientJourney(long caseId, String journeyCaseNumber) {
    cases.load(caseId).clientJourneyCaseNumber = journeyCaseNumber;
  }
}
