package se.bofast.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.platform.web.RequireGroups;

/** The vårdprognos per case for the current calendar year: JSON, CSV and an Excel workbook, for the enhetschef. */
@RestController
@RequireGroups(Groups.ENHETSCHEF)
class CareForecastController {

  static final String PATH = "/api/reports/care-forecast";

  private final CareForecastService forecasts;
  private final SupportVisitService supportVisits;

  CareForecastController(CareForecastService forecasts, SupportVisitService supportVisits) {
    this.forecasts = forecasts;
    this.supportVisits = supportVisits;
  }

  @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  CareForecast forecast() {
    return forecasts.currentYear();
  }

  @GetMapping(PATH + ".csv")
  ResponseEntity<byte[]> csv() {
    CareForecast forecast = forecasts.currentYear();
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(forecast, "csv"))
        .body(CareForecastTables.csv(tables(forecast)));
  }

  @GetMapping(PATH + ".xlsx")
  ResponseEntity<byte[]> xlsx() {
    CareForecast forecast = forecasts.currentYear();
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    CareForecastTables.xlsx(tables(forecast), workbook);
    return ResponseEntity.ok()
        .contentType(KpiController.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(forecast, "xlsx"))
        .body(workbook.toByteArray());
  }

  /** The forecast, and boendestöd per client for the same year up to the same day. */
  private List<CareForecastTables.Table> tables(CareForecast forecast) {
    LocalDate asOf = forecast.asOf();
    return CareForecastTables.of(forecast, supportVisits.between(asOf.withDayOfYear(1), asOf));
  }

  private static String attachment(CareForecast forecast, String extension) {
    return ContentDisposition.attachment()
        .filename("vardprognos-" + forecast.year() + "-per-klient-" + forecast.asOf() + "." + extension)
        .build().toString();
  }
}
