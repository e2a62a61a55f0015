package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.client.ProtectedScenarios.Person;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * A protected client with a journey (begun before the marking) and an eviction case (signalled
 * after it): the CSV and Excel exports, and every variable of the client's processes, at runtime
 * and in history (task-local copies and variable updates included), are searched for the name,
 * the personnummer (both forms), the address and the shelter: none is there.
 */
@AppTest
class ProtectedIdentitySearchTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void theExportsAndTheProcessVariablesOfAProtectedClientHoldNoNameNumberOrAddress() throws Exception {
    TestHttp http = new TestHttp(port);
    ProtectedScenarios scenarios = new ProtectedScenarios(engine, http);
    Person person = scenarios.atTheShelter();
    assertThat(scenarios.protect(person.clientId(), "kim", "{\"marking\":\"SKYDDAD_FOLKBOKFORING\"}").status())
        .isEqualTo(200);
    String street = ProtectedScenarios.unique("Dolda gatan ");
    Response signal = http.postJson("/api/eviction-signals", "intake", "demo", "{\"externalReference\":\""
        + ProtectedScenarios.unique("SOK-") + "\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
        + "\"tenant\":{\"personnummer\":\"" + person.personalNumber() + "\",\"name\":\"" + person.firstName() + " "
        + person.lastName() + "\"},\"address\":{\"street\":\"" + street + " 9\",\"postalCode\":\"113 59\","
        + "\"city\":\"Stockholm\"},\"landlord\":{\"name\":\"Familjebostäder\",\"organisationNumber\":\"556677-8899\"},"
        + "\"childrenInHousehold\":0,\"rentDebtSek\":8000}");
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    // the eviction case's process and, for a rent-arrears case of a chain client, the work plan's rent-debt process
    List<String> evictionInstances = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(signal.json().get("caseNumber").asText()).list().stream().map(p -> p.getId())
        .toList();
    assertThat(evictionInstances).hasSize(2);
    evictionInstances.forEach(new Staff(engine)::runDueJobs);
    // the client's file is read, so the access log has rows about the client
    assertThat(http.get("/api/clients/" + person.clientId() + "/file", "kim", "demo").status()).isEqualTo(200);

    List<String> secrets = List.of(person.firstName(), person.lastName(), person.personalNumber(),
        person.twelveDigits(), street, person.shelter());

    String from = LocalDate.now(Staff.STOCKHOLM).minusDays(40).toString();
    String to = LocalDate.now(Staff.STOCKHOLM).toString();
    List<String> exports = new ArrayList<>();
    exports.add(text(http, "/api/reports/kpis.csv?from=" + from + "&to=" + to));
    exports.add(xlsxText(http, "/api/reports/kpis.xlsx?from=" + from + "&to=" + to));
    exports.add(text(http, "/api/access-log.csv?clientId=" + person.clientId()));
    assertThat(exports.get(2)).as("the access log names the client by id").contains(String.valueOf(person.clientId()));
    // the per-client figures of the steering group: the vårdprognos names the client's case number only
    exports.add(text(http, "/api/reports/care-forecast.csv"));
    exports.add(xlsxText(http, "/api/reports/care-forecast.xlsx"));
    exports.add(text(http, "/api/reports/care-forecast"));
    exports.add(text(http, "/api/reports/flows?from=" + from + "&to=" + to));
    exports.add(text(http, "/api/reports/support-visits?from=" + from + "&to=" + to));
    assertThat(exports.get(3)).as("the shelter placement is in the forecast, by case number")
        .contains(person.caseNumber());
    assertThat(exports.get(4)).contains(person.caseNumber());
    for (String export : exports) {
      assertThat(export).isNotBlank().doesNotContain(secrets);
    }

    List<String> instances = new ArrayList<>(evictionInstances);
    instances.add(person.processInstanceId());
    List<String> values = new ArrayList<>();
    for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new)).list()) {
      values.add(v.getName() + "=" + v.getValue());
    }
    var history = engine.getHistoryService();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new)).list()) {
      values.add(v.getName() + "=" + v.getValue());
    }
    for (String instance : instances) {
      for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(instance).list()) {
        if (d instanceof HistoricVariableUpdate update) {
          values.add(update.getVariableName() + "=" + update.getValue());
        }
      }
    }
    assertThat(values).as("the processes have variables to search").anyMatch(v -> v.startsWith("clientDisplayName="));
    assertThat(values).filteredOn(v -> v.startsWith("clientDisplayName="))
        .allMatch(v -> v.equals("clientDisplayName=" + person.caseNumber())
            || v.equals("clientDisplayName=" + signal.json().get("caseNumber").asText()));
    for (String value : values) {
      assertThat(value).doesNotContain(secrets);
    }
  }

  private String text(TestHttp http, String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = bytes(http, path);
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  /** Every cell of every sheet of the workbook, as text, with the sheets' names. */
  private String xlsxText(TestHttp http, String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = bytes(http, path);
    StringBuilder all = new StringBuilder();
    int cells = 0;
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(answer.body()))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        all.append(sheet.getName()).append('\n');
        for (Row row : sheet.read()) {
          for (int i = 0; i < row.getCellCount(); i++) {
            all.append(row.getCellText(i)).append(';');
            cells++;
          }
          all.append('\n');
        }
      }
    }
    assertThat(cells).as("a workbook with figures").isPositive();
    return all.toString();
  }

  private HttpResponse<byte[]> bytes(TestHttp http, String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(http.at(path).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString("eva:demo".getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).as(path).isEqualTo(200);
    return answer;
  }
}
