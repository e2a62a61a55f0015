package se.bofast.reporting;

import static se.bofast.reporting.ReportingConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.housing.Step;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.reporting.KpiFigures.Period;
import se.bofast.reporting.ReportSnapshots.Snapshot;

/**
 * The glue of steering-report, used in the model as ${steeringReport.monthlyCycle()},
 * ${steeringReport.compute(execution, 'MONTHLY')}, ${steeringReport.reviewDue()} and
 * ${steeringReport.approve(task)}. (Camunda 7 allows one timer start event per process: the
 * tertial report is a flag of the monthly run, not a second timer.)
 *
 * <p>A report started on a day D covers the whole calendar months before D: a monthly report
 * the previous month; a tertial report, made by the run in one of bofast.reporting.tertial-months,
 * the four months before (1 May: January to April; 1 September: May to August; 1 January:
 * September to December). Approving the review approves every snapshot of the run.
 */
@Component("steeringReport")
public class SteeringReport {

  private final KpiService kpis;
  private final ReportSnapshots snapshots;
  private final ReportingProperties properties;
  private final CurrentUser currentUser;
  private final Clock clock;

  SteeringReport(KpiService kpis, ReportSnapshots snapshots, ReportingProperties properties, CurrentUser currentUser,
      Clock clock) {
    this.kpis = kpis;
    this.snapshots = snapshots;
    this.properties = properties;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  public String monthlyCycle() {
    return properties.monthlyCycle();
  }

  /** The review's due date: 16:00 on the day the configured period ends. */
  public Date reviewDue() {
    LocalDate due = LocalDate.now(clock).plus(properties.reviewDue());
    return Date.from(due.atTime(16, 0).atZone(clock.getZone()).toInstant());
  }

  static Period periodBefore(LocalDate day, String kind) {
    YearMonth last = YearMonth.from(day).minusMonths(1);
    YearMonth first = KIND_TERTIAL.equals(kind) ? last.minusMonths(3) : last;
    return new Period(first.atDay(1), last.atEndOfMonth());
  }

  /**
   * Computes the figures of the period before today for the kind (MONTHLY, TERTIAL), stores
   * the snapshot and adds it to what the reviewer is shown. The monthly run also decides
   * whether the tertial report is due (variable tertialDue).
   */
  public void compute(DelegateExecution execution, String kind) {
    LocalDate today = LocalDate.now(clock);
    Period period = periodBefore(today, kind);
    Snapshot snapshot = snapshots.store(kind, period, kpis.figures(period.from(), period.to()),
        execution.getProcessInstanceId());
    String summary = summary(period, snapshots.figures(snapshot));
    if (KIND_TERTIAL.equals(kind)) {
      execution.setVariable(VAR_TERTIAL_SNAPSHOT_ID, snapshot.id());
      execution.setVariable(VAR_REPORT_TITLE, execution.getVariable(VAR_REPORT_TITLE) + " och tertialrapport "
          + YearMonth.from(period.from()) + " – " + YearMonth.from(period.to()));
      execution.setVariable(VAR_REPORT_SUMMARY, execution.getVariable(VAR_REPORT_SUMMARY)
          + "\n\nTERTIALRAPPORT\n" + summary);
      return;
    }
    execution.setVariables(Map.of(
        VAR_REPORT_KIND, kind,
        VAR_SNAPSHOT_ID, snapshot.id(),
        VAR_PERIOD_FROM, period.from().toString(),
        VAR_PERIOD_TO, period.to().toString(),
        VAR_REPORT_TITLE, "Månadsrapport " + YearMonth.from(period.to()),
        VAR_REPORT_SUMMARY, "MÅNADSRAPPORT\n" + summary,
        VAR_TERTIAL_DUE, properties.tertialMonths().contains(today.getMonthValue())));
  }

  /** The review task's "complete" listener: the approval (and the comment) is recorded; the figures are not touched. */
  public void approve(DelegateTask task) {
    if (!FormValues.flag(task, FIELD_APPROVED)) {
      throw new InvalidInputException(FIELD_APPROVED,
          "Kryssa i att du har granskat och godkänner rapporten. Skriv synpunkter i kommentaren.");
    }
    String comment = FormValues.text(task, FIELD_COMMENT);
    if (comment != null && comment.length() > COMMENT_MAX_LENGTH) {
      throw new InvalidInputException(FIELD_COMMENT,
          "Kommentaren får vara högst " + COMMENT_MAX_LENGTH + " tecken (nu " + comment.length() + ").");
    }
    String user = currentUser.id();
    snapshots.approve(((Number) task.getVariable(VAR_SNAPSHOT_ID)).longValue(), user, comment);
    if (task.getVariable(VAR_TERTIAL_SNAPSHOT_ID) instanceof Number tertial) {
      snapshots.approve(tertial.longValue(), user, comment);
    }
  }

  static String summary(Period period, KpiFigures f) {
    StringBuilder s = new StringBuilder();
    s.append("Period: ").append(period.from()).append(" – ").append(period.to()).append('\n');
    s.append("Härbärgesnätter: ").append(f.shelterNights()).append('\n');
    s.append("Klienter per steg den ").append(period.to()).append(":\n");
    f.clientsByStep().forEach((step, n) -> s.append("  ").append(Step.valueOf(step).label()).append(": ")
        .append(n).append('\n'));
    s.append("Flyttar träningslägenhet → försökslägenhet: ").append(f.movesTrainingToTrial()).append('\n');
    s.append("Avbrutna försökslägenheter: ").append(f.trialTerminations()).append('\n');
    s.append("Övertagna förstahandskontrakt: ").append(f.contractTakeovers()).append('\n');
    s.append("Glapp i kedjan: ").append(f.chainGapDays().total()).append(" dagar, median ")
        .append(f.chainGapDays().median().toPlainString()).append(" dagar, ")
        .append(f.chainGapDays().clientsWithGap()).append(" klienter\n");
    s.append("Signaler om vräkning: ").append(f.evictionSignals()).append('\n');
    s.append("Nya vräkningsärenden: ").append(f.evictionCases()).append('\n');
    s.append("Förhindrade vräkningar: ").append(f.evictionsPrevented()).append('\n');
    s.append("Verkställda vräkningar: ").append(f.evictionsExecuted()).append('\n');
    s.append("Barn berörda av vräkning: ").append(f.childrenAffectedByEviction()).append('\n');
    s.append("Vräkta hushåll med barn (målet är 0): ").append(f.evictedHouseholdsWithChildren()).append('\n');
    counts(s, "Signaler per typ", f.signalsByType(), EvictionLabels.SIGNAL_TYPES);
    counts(s, "Signaler per källa", f.signalsBySource(), EvictionLabels.SIGNAL_SOURCES);
    counts(s, "Ärenden per utfall", f.casesByOutcome(), EvictionLabels.OUTCOMES);
    s.append("Dagar från signal till första kontakt: median ").append(text(f.medianDaysToFirstContact()))
        .append(", 90:e percentilen ").append(text(f.p90DaysToFirstContact())).append('\n');
    s.append("Dagar från signal till första kontaktförsök: median ").append(text(f.medianDaysToFirstAttempt()))
        .append(", 90:e percentilen ").append(text(f.p90DaysToFirstAttempt())).append('\n');
    if (f.aidDecisionInTime() != null) {
      s.append("Beslut om ekonomiskt bistånd senast på återvinningsfristen: ")
          .append(f.aidDecisionInTime().decidedInTime()).append(" av ").append(f.aidDecisionInTime().cases())
          .append(" (andel ").append(text(f.aidDecisionInTime().share())).append(")\n");
    }
    s.append("Andel med aktuell SIP: ").append(text(f.sipCoverage())).append('\n');
    s.append("Kontakter med okända hemlösa: ").append(f.unknownHomelessContacts()).append('\n');
    s.append("Vårdprognos ").append(period.to().getYear()).append(": ").append(f.careForecastSek()).append(" kr");
    return s.toString();
  }

  /** A figure counted by Kronofogden's terms, one line per key; nothing for a snapshot made before it existed. */
  private static void counts(StringBuilder s, String title, Map<String, Long> counts, Map<String, String> labels) {
    if (counts == null) {
      return;
    }
    s.append(title).append(":\n");
    counts.forEach((key, n) -> s.append("  ").append(labels.getOrDefault(key, key)).append(": ").append(n)
        .append('\n'));
  }

  private static String text(Object value) {
    return value == null ? "–" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
  }
}
