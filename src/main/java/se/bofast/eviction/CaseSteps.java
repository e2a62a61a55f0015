package se.bofast.eviction;

import static se.bofast.platform.web.Inputs.require;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.Households;
import se.bofast.platform.web.Inputs;
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

  /** The column's size (eviction_contact_attempt.out_of_order_reason). */
  static final int REASON_MAX = 500;
  /** The channel not yet tried, as the refusal names it. */
  private static final Map<ContactChannel, String> SKIPPED = Map.of(
      ContactChannel.LETTER, "Brev", ContactChannel.PHONE, "Telefon", ContactChannel.HOME_VISIT, "Hembesök");

  private final EvictionCaseRepository cases;
  private final EvictionSignalRepository signals;
  private final ContactAttemptRepository attempts;
  private final CaseAssessment assessment;
  private final EvictionProperties properties;
  private final CaseDecisions decisions;
  private final Clock clock;

  CaseSteps(EvictionCaseRepository cases, EvictionSignalRepository signals, ContactAttemptRepository attempts,
      CaseAssessment assessment, EvictionProperties properties, CaseDecisions decisions,
      Clock clock) {
    this.cases = cases;
    this.signals = signals;
    this.attempts = attempts;
    this.assessment = assessment;
    this.properties = properties;
    this.decisions = decisions;
    this.clock = clock;
  }

  /**
   * An attempt to reach the tenant; the number of children, when asked, reassesses the case.
   * Channels escalate letter, phone, home visit: a channel chosen before an earlier one has been
   * tried on the case needs a reason, stored with the attempt.
   *
   * @param outOfOrderReason why an earlier channel is skipped; required then, not stored otherwise
   */
  public ContactRecorded recordContactAttempt(long caseId, LocalDate date, ContactChannel channel, boolean reached,
      Integer childrenInHousehold, String outOfOrderReason, String user) {
    EvictionCase c = cases.loadOpen(caseId);
    require(date, "attemptDate", "Ange datum för kontaktförsöket.");
    require(channel, "channel", "Ange hur du försökte nå hyresgästen.");
    if (date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("attemptDate", "Datumet får inte ligga i framtiden.");
    }
    if (date.isBefore(c.firstSignalOn)) {
      throw new InvalidInputException("attemptDate", "Datumet kan inte vara före den första signalen (" + c.firstSignalOn + ").");
    }
    List<ContactAttempt> earlier = attempts.findByCaseIdOrderByAttemptOnAscIdAsc(caseId);
    List<ContactChannel> tried = new ArrayList<>(earlier.stream().map(a -> a.channel).toList());
    ContactChannel expected = ContactChannel.next(tried);
    String reason = channel.skips(expected) ? outOfOrderReason(outOfOrderReason, expected) : null;
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
    ContactAttempt attempt = new ContactAttempt(caseId, date, channel, reached, user, OffsetDateTime.now(clock));
    attempt.outOfOrderReason = reason;
    attempts.save(attempt);
    LocalDate deadlineBefore = c.contactDeadline;
    if (childrenInHousehold != null) {
      assessment.reassess(c, false, signals.findByCaseIdOrderByReceivedAtAscIdAsc(caseId));
    }
    tried.add(channel);
    long unanswered = earlier.stream().filter(a -> !a.reached).count() + (reached ? 0 : 1);
    return new ContactRecorded(c.hasChildren(), !reached && unanswered >= properties.maxUnansweredAttempts(),
        ContactChannel.next(tried), c.priority, !c.contactDeadline.equals(deadlineBefore));
  }

  /**
   * What the process learns from an attempt.
   *
   * @param hasChildren whether children live in the household (the process's flag {@code hasChildren})
   * @param contactExhausted not reached, and the case's unanswered attempts reached
   *     bofast.eviction.max-unanswered-attempts
   * @param nextChannel the channel the order points to for the next attempt
   * @param priority the case's priority, reassessed when the attempt told the number of children
   * @param contactDeadlineMoved the reassessment brought the contact deadline forward: the process's
   *     due dates and timers must follow
   */
  public record ContactRecorded(boolean hasChildren, boolean contactExhausted, ContactChannel nextChannel,
      String priority, boolean contactDeadlineMoved) {
  }

  private static String outOfOrderReason(String reason, ContactChannel expected) {
    String text = Inputs.requireText(reason, "outOfOrderReason", "Kontaktförsöken tas i ordningen brev, telefon, "
        + "hembesök. " + SKIPPED.get(expected) + " har inte prövats: ange varför du väljer den här kontaktvägen nu.");
    if (text.length() > REASON_MAX) {
      throw new InvalidInputException("outOfOrderReason", "Skälet får vara högst " + REASON_MAX + " tecken.");
    }
    return text;
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
