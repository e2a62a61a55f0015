package se.bofast.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.bofast.housing.Step;

/**
 * The vårdprognos per case for the economist, as CSV (RFC 4180, the tables one after the other) and as
 * an Excel workbook (fastexcel, as {@link KpiTables}): the sheet "Vårdprognos per klient" (one row per
 * case and a last row "Summa") and the sheet "Boendestöd per klient" (the year so far). Case numbers
 * only, never names.
 */
final class CareForecastTables {

  record Table(String title, List<String> header, List<List<Object>> rows) {
  }

  static final String FORECAST_SHEET = "Vårdprognos per klient";
  static final String SUPPORT_SHEET = "Boendestöd per klient";
  static final String TOTAL = "Summa";

  private CareForecastTables() {
  }

  static List<Table> of(CareForecast forecast, SupportVisitFigures support) {
    List<List<Object>> rows = new ArrayList<>();
    for (CareForecast.Row r : forecast.rows()) {
      rows.add(List.of(r.caseNumber(), label(r.currentStep()), r.bookedDays(), r.bookedSek(), r.plannedDays(),
          r.plannedSek(), r.totalSek(), label(r.queuedFor())));
    }
    rows.add(List.of(TOTAL, "", "", forecast.bookedSek(), "", forecast.plannedSek(), forecast.totalSek(), ""));
    List<List<Object>> visits = new ArrayList<>();
    for (SupportVisitFigures.Client c : support.clients()) {
      visits.add(List.of(c.caseNumber(), c.weeks(), c.visits(), c.visitsPerWeek(), c.costSek()));
    }
    visits.add(List.of(TOTAL, support.weeks(), support.visits(), "", support.costSek()));
    return List.of(
        new Table(FORECAST_SHEET, List.of("ärendenummer", "pågående steg", "bokade dagar", "bokat (kr)",
            "planerade dagar", "planerat (kr)", "summa (kr)", "i kö till"), rows),
        new Table(SUPPORT_SHEET, List.of("ärendenummer", "veckor med boendestöd", "besök", "besök per vecka",
            "kostnad (kr)"), visits));
  }

  private static String label(Step step) {
    return step == null ? "" : step.label();
  }

  static byte[] csv(List<Table> tables) {
    StringBuilder out = new StringBuilder();
    for (int t = 0; t < tables.size(); t++) {
      if (t > 0) {
        out.append("\r\n");
      }
      Table table = tables.get(t);
      out.append(quote(table.title())).append("\r\n");
      line(out, new ArrayList<>(table.header()));
      table.rows().forEach(row -> line(out, row));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int c = 0; c < cells.size(); c++) {
      out.append(c > 0 ? "," : "").append(quote(KpiTables.text(cells.get(c))));
    }
    out.append("\r\n");
  }

  /** One sheet per table; numbers as numbers, an empty text as an empty cell. */
  static void xlsx(List<Table> tables, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Bofast", "1.0");
      for (Table table : tables) {
        Worksheet sheet = workbook.newWorksheet(table.title());
        for (int c = 0; c < table.header().size(); c++) {
          sheet.value(0, c, table.header().get(c));
          sheet.style(0, c).bold().set();
          sheet.width(c, c == 0 ? 18 : 16);
        }
        for (int r = 0; r < table.rows().size(); r++) {
          List<Object> row = table.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof Number n) {
              sheet.value(r + 1, c, n);
            } else if (v != null && !v.toString().isEmpty()) {
              sheet.value(r + 1, c, v.toString());
            }
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
