package se.bofast.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.bofast.housing.Step;
import se.bofast.reporting.KpiFigures.Period;

/**
 * The figures as tables, one per section, for the steering group's economist: as CSV (the
 * tables one after the other, a blank line between) and as an Excel workbook (one sheet
 * per table). Each row names the JSON key it comes from (clientsByStep.HARBARGE,
 * chainGapDays.median, ...) so a figure can be traced to the JSON and the definitions.
 */
public final class KpiTables {

  public record Row(String key, String label, Object value) {
  }

  public record Table(String title, List<Row> rows) {
  }

  static final String[] HEADER = {"nyckel", "beskrivning", "värde"};

  private KpiTables() {
  }

  public static List<Table> of(Period period, KpiFigures f) {
    List<Table> tables = new ArrayList<>();
    tables.add(new Table("Period", List.of(
        new Row("from", "Första dag", period.from().toString()),
        new Row("to", "Sista dag", period.to().toString()))));
    tables.add(new Table("Boendekedjan", List.of(
        new Row("shelterNights", "Härbärgesnätter i perioden", f.shelterNights()),
        new Row("movesTrainingToTrial", "Flyttar träningslägenhet → försökslägenhet", f.movesTrainingToTrial()),
        new Row("trialTerminations", "Avbrutna försökslägenheter", f.trialTerminations()),
        new Row("contractTakeovers", "Övertagna förstahandskontrakt", f.contractTakeovers()),
        new Row("unknownHomelessContacts", "Kontakter med oidentifierade hemlösa", f.unknownHomelessContacts()))));
    List<Row> steps = new ArrayList<>();
    for (Map.Entry<String, Long> e : f.clientsByStep().entrySet()) {
      steps.add(new Row("clientsByStep." + e.getKey(), Step.valueOf(e.getKey()).label(), e.getValue()));
    }
    tables.add(new Table("Klienter per steg", steps));
    tables.add(new Table("Glapp i kedjan", List.of(
        new Row("chainGapDays.total", "Dagar utan placering mellan två placeringar (summa)", f.chainGapDays().total()),
        new Row("chainGapDays.median", "Median av glappens längd (dagar)", f.chainGapDays().median()),
        new Row("chainGapDays.clientsWithGap", "Klienter med glapp", f.chainGapDays().clientsWithGap()))));
    tables.add(new Table("Vräkningar", List.of(
        new Row("evictionSignals", "Signaler om hotande vräkning", f.evictionSignals()),
        new Row("evictionCases", "Nya vräkningsärenden", f.evictionCases()),
        new Row("evictionsPrevented", "Förhindrade vräkningar", f.evictionsPrevented()),
        new Row("evictionsExecuted", "Verkställda vräkningar", f.evictionsExecuted()),
        new Row("childrenAffectedByEviction", "Barn berörda av verkställd vräkning", f.childrenAffectedByEviction()),
        new Row("evictedHouseholdsWithChildren", "Vräkta hushåll med barn (målet är 0)",
            f.evictedHouseholdsWithChildren()),
        new Row("medianDaysToFirstContact", "Median dagar från signal till första kontakt",
            f.medianDaysToFirstContact()),
        new Row("p90DaysToFirstContact", "90:e percentilen dagar från signal till första kontakt",
            f.p90DaysToFirstContact()),
        new Row("medianDaysToFirstAttempt", "Median dagar från signal till första kontaktförsök",
            f.medianDaysToFirstAttempt()),
        new Row("p90DaysToFirstAttempt", "90:e percentilen dagar från signal till första kontaktförsök",
            f.p90DaysToFirstAttempt()))));
    tables.add(counts("Signaler per typ", "signalsByType", f.signalsByType()));
    tables.add(counts("Signaler per källa", "signalsBySource", f.signalsBySource()));
    tables.add(counts("Ärenden per utfall", "casesByOutcome", f.casesByOutcome()));
    tables.add(new Table("Bistånd före återvinningsfrist", List.of(
        new Row("aidDecisionInTime.cases", "Hyresskuldsärenden vars återvinningsfrist löpte ut i perioden",
            f.aidDecisionInTime().cases()),
        new Row("aidDecisionInTime.decidedInTime", "Varav beslut om ekonomiskt bistånd senast på fristen",
            f.aidDecisionInTime().decidedInTime()),
        new Row("aidDecisionInTime.share", "Andel med beslut i tid (0–1)", f.aidDecisionInTime().share()))));
    tables.add(new Table("SIP", List.of(
        new Row("sipCoverage", "Andel klienter med samsjuklighet med aktuell SIP (0–1)", f.sipCoverage()))));
    tables.add(new Table("Vårdprognos", List.of(
        new Row("careForecastSek", "Vårdprognos för kalenderåret (kr)", f.careForecastSek()))));
    return tables;
  }

  /** One row per key of a figure counted by Kronofogden's terms, labelled in Swedish. */
  private static Table counts(String title, String figure, Map<String, Long> counts) {
    Map<String, String> labels = EvictionLabels.BY_FIGURE.get(figure);
    List<Row> rows = new ArrayList<>();
    counts.forEach((key, n) -> rows.add(new Row(figure + "." + key, labels.get(key), n)));
    return new Table(title, rows);
  }

  /** RFC 4180: comma-separated, quoted where needed, CRLF, UTF-8; decimals with a point. */
  public static byte[] csv(List<Table> tables) {
    StringBuilder out = new StringBuilder();
    for (int t = 0; t < tables.size(); t++) {
      if (t > 0) {
        out.append("\r\n");
      }
      Table table = tables.get(t);
      out.append(quote(table.title())).append("\r\n");
      out.append(String.join(",", HEADER)).append("\r\n");
      for (Row row : table.rows()) {
        out.append(quote(row.key())).append(',').append(quote(row.label())).append(',')
            .append(quote(text(row.value()))).append("\r\n");
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One sheet per table, named by the table; numbers as numbers. */
  public static void xlsx(List<Table> tables, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Bofast", "1.0");
      for (Table table : tables) {
        Worksheet sheet = workbook.newWorksheet(table.title());
        for (int c = 0; c < HEADER.length; c++) {
          sheet.value(0, c, HEADER[c]);
          sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (Row row : table.rows()) {
          sheet.value(r, 0, row.key());
          sheet.value(r, 1, row.label());
          Object v = row.value();
          if (v instanceof Number n) {
            sheet.value(r, 2, n);
          } else if (v != null) {
            sheet.value(r, 2, v.toString());
          }
          r++;
        }
        sheet.width(0, 30);
        sheet.width(1, 55);
        sheet.width(2, 14);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
