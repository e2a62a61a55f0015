package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.client.Needs;
import se.bofast.housing.JourneyIntake;
import se.bofast.housing.Situation;
import se.bofast.support.AppTest;
import se.bofast.support.TestPersonnummer;

/**
 * The enhetschef opens the dashboard, reads the vårdprognos per client (case numbers, never names) and
 * downloads it as an Excel workbook, whose sheets are read back here.
 */
@AppTest
class ForecastDashboardBrowserTest extends BrowserTestBase {

  @Autowired JourneyIntake journeys;

  @Test
  void evaSeesTheForecastPerClientAndDownloadsTheWorkbook() throws Exception {
    // a client at the shelter since a month ago: booked days so far, planned days to the year's end
    String caseNumber = journeys.start(new JourneyIntake.StartCommand(JourneyIntake.ClientType.NEW_IDENTIFIED,
        TestPersonnummer.next(), "Prognos", "Personsson", null, Needs.ADDICTION, 0, Situation.HARBARGE,
        "Härbärget Skarpnäck", LocalDate.now().minusMonths(1)), "kim").caseNumber();

    login("cockpit", "eva");
    page.navigate(url("/dashboard/"));
    Locator forecast = page.locator("figure#vardprognos");
    assertThat(forecast.locator("figcaption")).containsText("Vårdprognos per klient " + LocalDate.now().getYear());
    Locator row = forecast.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(caseNumber));
    assertThat(row).hasCount(1);
    assertThat(row.locator("td").first()).hasText("Härbärge");
    assertThat(forecast.locator("tfoot th")).hasText("Summa");
    assertThat(forecast).not().containsText("Personsson");
    assertThat(forecast.locator("a.definition-link"))
        .hasAttribute("href", "/dashboard/definitioner#vårdprognos-per-klient");
    // the other figures of the section: the stock as lines, contacts by channel, boendestöd
    assertThat(page.locator("figure#bestand-training svg polyline")).hasCount(3);
    assertThat(page.locator("figure#forsta-kontakter tbody tr")).hasCount(4);
    assertThat(page.locator("figure#boendestod tfoot th")).hasText("Summa");
    screenshot("dashboard-eva-vardprognos");

    Download download = page.waitForDownload(() -> forecast.getByText("Ladda ner Excel").click());
    org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("vardprognos-" + LocalDate.now().getYear());
    Path file = Files.createTempFile("vardprognos", ".xlsx");
    download.saveAs(file);
    try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      List<Sheet> sheets = workbook.getSheets().toList();
      org.assertj.core.api.Assertions.assertThat(sheets).extracting(Sheet::getName)
          .containsExactly("Vårdprognos per klient", "Boendestöd per klient");
      List<Row> rows = sheets.get(0).read();
      org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(0)).isEqualTo("ärendenummer");
      List<String> firstColumn = new ArrayList<>();
      rows.forEach(r -> firstColumn.add(r.getCellText(0)));
      org.assertj.core.api.Assertions.assertThat(firstColumn).contains(caseNumber).endsWith("Summa");
      Row mine = rows.stream().filter(r -> caseNumber.equals(r.getCellText(0))).findFirst().orElseThrow();
      org.assertj.core.api.Assertions.assertThat(mine.getCellText(1)).isEqualTo("Härbärge");
      org.assertj.core.api.Assertions.assertThat(mine.getCell(3).asNumber()).as("booked kronor").isPositive();
      org.assertj.core.api.Assertions.assertThat(sheets.get(1).read().get(0).getCellText(0)).isEqualTo("ärendenummer");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
