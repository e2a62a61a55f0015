package se.bofast.eviction;

import static se.bofast.platform.web.Inputs.require;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.Households;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.TextRules;

/**
 * What the decisions of eviction-prevention's tasks store on the case, for Kronofogden's
 * statistics, the steering group and the next social worker (the engine's history is removed
 * after its time to live): the UV-team's joint decision, the children affected, the aid
 * decision, emergency housing, and the outcome with its date and the rent debt left. Every
 * input is checked before anything is set, so a refusal (a Swedish message naming the form
 * field) stores nothing.
 */
@Service
@Transactional
public class CaseDecisions {

  /** The longest amount in kronor the case stores (as for a signal's rent debt). */
  static final int MEASURES_MAX_LENGTH = 1000;
  static final int RESPONSIBLE_MAX_LENGTH = 200;

  /** The UV-team's joint decision: when, what is done together, which unit or role acts, by when. */
  public record UvTeamDecision(LocalDate decidedOn, String measures, String responsible, LocalDate actBy) {
  }

  /** The outcome as the bosamordnare records it; {@code socialServicesPresent} is asked after an eviction only. */
  public record OutcomeReport(Outcome outcome, LocalDate outcomeOn, Integer childrenAffected,
      BigDecimal rentDebtAtOutcomeSek, Boolean socialServicesPresent) {
  }

  private final EvictionCaseRepository cases;
  private final Clock clock;

  CaseDecisions(EvictionCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  /** Form fields: meetingDate, uvMeasures, uvResponsible, uvActBy. */
  public void recordUvTeamDecision(long caseId, UvTeamDecision d) {
    EvictionCase c = cases.loadOpen(caseId);
    LocalDate decidedOn = pastDate(c, d.decidedOn(), "meetingDate", "Ange datum för samrådet i UV-teamet.");
    String measures = text(d.measures(), "uvMeasures", MEASURES_MAX_LENGTH, true,
        "Beskriv vilka åtgärder UV-teamet beslutade gemensamt.");
    String responsible = text(d.responsible(), "uvResponsible", RESPONSIBLE_MAX_LENGTH, false,
        "Ange vilken enhet eller roll som ansvarar för åtgärderna.");
    require(d.actBy(), "uvActBy", "Ange när åtgärderna ska vara gjorda.");
    if (d.actBy().isBefore(decidedOn)) {
      throw new InvalidInputException("uvActBy", "Åtgärderna kan inte vara klara före beslutet (" + decidedOn + ").");
    }
    c.uvDecidedOn = decidedOn;
    c.uvMeasures = measures;
    c.uvResponsible = responsible;
    c.uvActBy = d.actBy();
  }

  /** The children the home visit found affected (form field childrenAffected). */
  public void recordChildrenAffected(long caseId, Integer childrenAffected) {
    EvictionCase c = cases.loadOpen(caseId);
    require(childrenAffected, "childrenAffected", "Ange hur många barn som berörs.");
    Households.childrenCount(childrenAffected, "childrenAffected");
    c.childrenAffected = childrenAffected;
  }

  /** Form fields: aidDecision, aidAmountSek (granted only: more than 0), aidDecisionDate. */
  public void recordAidDecision(long caseId, AidDecision decision, BigDecimal amountSek, LocalDate decidedOn) {
    EvictionCase c = cases.loadOpen(caseId);
    require(decision, "aidDecision", "Ange beslutet om ekonomiskt bistånd.");
    BigDecimal amount = null;
    if (decision == AidDecision.GRANTED) {
      if (amountSek == null || amountSek.signum() <= 0) {
        throw new InvalidInputException("aidAmountSek", "Ange beviljat belopp i kronor.");
      }
      amount = kronor(amountSek, "aidAmountSek", "Beloppet");
    }
    LocalDate on = pastDate(c, decidedOn, "aidDecisionDate", "Ange datum för beslutet.");
    c.aidDecision = decision.name();
    c.aidAmountSek = amount;
    c.aidDecidedOn = on;
  }

  /**
   * The preparation for Kronofogden's date: with children in the household social services plan
   * to be present (form field socialServicesPlanned); whether emergency housing is arranged.
   */
  public void recordPreparation(long caseId, boolean socialServicesPlanned, boolean emergencyHousing) {
    EvictionCase c = cases.loadOpen(caseId);
    if (c.hasChildren() && !socialServicesPlanned) {
      throw new InvalidInputException("socialServicesPlanned",
          "Barn bor i hushållet: socialtjänsten ska vara på plats vid avhysningen.");
    }
    c.emergencyHousing = emergencyHousing;
  }

  /**
   * The outcome closes the case. The rent debt at the outcome is stored apart from the debt the
   * signals reported (rent_debt_sek), which stays as the signals left it.
   */
  public void recordOutcome(long caseId, OutcomeReport r) {
    EvictionCase c = cases.loadOpen(caseId);
    require(r.outcome(), "outcome", "Ange utfall.");
    LocalDate outcomeOn = pastDate(c, r.outcomeOn(), "outcomeDate", "Ange datum för utfallet.");
    require(r.childrenAffected(), "childrenAffected", "Ange hur många barn som berördes (0 om inga).");
    Households.childrenCount(r.childrenAffected(), "childrenAffected");
    BigDecimal debt = r.rentDebtAtOutcomeSek() == null ? null
        : kronor(r.rentDebtAtOutcomeSek(), "finalRentDebtSek", "Hyresskulden");
    boolean evicted = r.outcome() == Outcome.EVICTED;
    if (evicted && r.socialServicesPresent() == null) {
      throw new InvalidInputException("socialServicesPresent",
          "Ange om socialtjänsten var på plats vid avhysningen.");
    }
    c.outcome = r.outcome();
    c.outcomeOn = outcomeOn;
    c.childrenAffected = r.childrenAffected();
    c.rentDebtAtOutcomeSek = debt;
    c.socialServicesPresent = evicted ? r.socialServicesPresent() : null;
    c.status = EvictionCase.Status.CLOSED;
    c.releaseOpenKeys();
    c.closedOn = LocalDate.now(clock);
  }

  /** A date that has happened: present, not in the future, not before the case's first signal. */
  private LocalDate pastDate(EvictionCase c, LocalDate date, String field, String missing) {
    require(date, field, missing);
    if (date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException(field, "Datumet får inte ligga i framtiden.");
    }
    if (date.isBefore(c.firstSignalOn)) {
      throw new InvalidInputException(field,
          "Datumet kan inte vara före den första signalen (" + c.firstSignalOn + ").");
    }
    return date;
  }

  private static String text(String value, String field, int max, boolean multiline, String missing) {
    String text = TextRules.check(field, value, max, multiline);
    return require(text, field, missing);
  }

  private static BigDecimal kronor(BigDecimal amount, String field, String label) {
    return Kronor.of(amount, field, label, "Ange ett belopp som inte är negativt.");
  }
}
