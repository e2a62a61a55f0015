package se.bofast.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.RequireGroups;
import se.bofast.reporting.KpiFigures.Period;

/** The steering group's figures for a period: JSON, CSV and an Excel workbook, for the enhetschef only. */
@RestController
@RequireGroups(Groups.ENHETSCHEF)
class KpiController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final KpiService kpis;

  KpiController(KpiService kpis) {
    this.kpis = kpis;
  }

  @GetMapping(value = "/api/reports/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
  KpiFigures figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Period period = period(from, to);
    return kpis.figures(period.from(), period.to());
  }

  @GetMapping("/api/reports/kpis.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Period period = period(from, to);
    byte[] body = KpiTables.csv(KpiTables.of(period, kpis.figures(period.from(), period.to())));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(period, "csv"))
        .body(body);
  }

  @GetMapping("/api/reports/kpis.xlsx")
  ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    Period period = period(from, to);
    var workbook = new java.io.ByteArrayOutputStream();
    KpiTables.xlsx(KpiTables.of(period, kpis.figures(period.from(), period.to())), workbook);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(period, "xlsx"))
        .body(workbook.toByteArray());
  }

  private static String attachment(Period period, String extension) {
    return ContentDisposition.attachment()
        .filename("nyckeltal-" + period.from() + "-" + period.to() + "." + extension).build().toString();
  }

  static Period period(String from, String to) {
    LocalDate first = date(from, "from", "första");
    LocalDate last = date(to, "to", "sista");
    if (last.isBefore(first)) {
      throw new InvalidInputException("to", "Periodens sista dag kan inte vara före den första (" + first + ").");
    }
    return new Period(first, last);
  }

  private static LocalDate date(String value, String field, String which) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Ange periodens " + which + " dag (" + field + "=ÅÅÅÅ-MM-DD).");
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      // a period of the municipality's records: not before 1900, not years ahead
      DateRules.check(field, date, LocalDate.now(), DateRules.DEFAULT_YEARS_AHEAD);
      return date;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field,
          "Periodens " + which + " dag ska vara ett datum ÅÅÅÅ-MM-DD, till exempel 2026-01-31 (fick \"" + value + "\").");
    }
  }
}
