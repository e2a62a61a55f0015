package se.bofast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import se.bofast.audit.AccessEntry.Channel;
import se.bofast.audit.AccessEntry.Operation;

/** Which requests the access log records, and about whom, decided from the mapping pattern and the answer. */
class ApiAccessRulesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void aNewEndpointUnderAClientIsRecordedWithoutCode() {
    assertThat(ApiAccessRules.entries("kim", "GET", "/api/clients/{clientId}/file", Map.of("clientId", "42"), 200,
        null, null)).containsExactly(new AccessEntry("kim", Operation.READ, Channel.API,
            "GET /api/clients/{clientId}/file", 42L, null, null, null));
    assertThat(ApiAccessRules.entries("eva", "GET", "/api/clients/{id}/work-plan", Map.of("id", "7"), 200, null, null))
        .extracting(AccessEntry::clientId).containsExactly(7L);
  }

  @Test
  void aJourneyIsRecordedByItsCaseNumberWithTheClientFromTheAnswer() throws Exception {
    assertThat(ApiAccessRules.entries("lotta", "GET", "/api/journeys/{caseNumber}", Map.of("caseNumber", "VK-2026-00012"),
        200, json("{\"id\":3,\"caseNumber\":\"VK-2026-00012\",\"clientId\":99}"), null))
        .containsExactly(new AccessEntry("lotta", Operation.READ, Channel.API, "GET /api/journeys/{caseNumber}", 99L,
            null, "VK-2026-00012", null));
    assertThat(ApiAccessRules.entries("lotta", "POST", "/api/journeys/{caseNumber}/interruptions",
        Map.of("caseNumber", "VK-2026-00012"), 202, json("{\"clientId\":99}"), null))
        .extracting(AccessEntry::operation).containsExactly(Operation.CHANGE);
  }

  @Test
  void createsAndListsNameTheirSubjectsInTheAnswer() throws Exception {
    assertThat(ApiAccessRules.entries("kim", "POST", "/api/clients", Map.of(), 201, json("{\"id\":5}"), null))
        .extracting(AccessEntry::operation, AccessEntry::clientId).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Operation.CREATE, 5L));
    assertThat(ApiAccessRules.entries("bosse", "POST", "/api/eviction-signals", Map.of(), 200,
        json("{\"caseId\":8,\"caseNumber\":\"VR-2026-00008\"}"), null))
        .extracting(AccessEntry::operation, AccessEntry::caseId, AccessEntry::caseNumber).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Operation.CHANGE, 8L, "VR-2026-00008"));
    assertThat(ApiAccessRules.entries("sara", "GET", "/api/eviction-cases", Map.of(), 200,
        json("[{\"caseId\":1,\"caseNumber\":\"VR-1\"},{\"caseId\":2,\"caseNumber\":\"VR-2\"}]"), null))
        .extracting(AccessEntry::caseId).containsExactly(1L, 2L);
    assertThat(ApiAccessRules.entries("sara", "GET", "/api/eviction-cases", Map.of(), 200, json("[]"), null)).isEmpty();
    assertThat(ApiAccessRules.entries("kim", "GET", "/api/me/clients", Map.of(), 200,
        json("[{\"id\":4},{\"clientId\":6}]"), null)).extracting(AccessEntry::clientId).containsExactly(4L, 6L);
  }

  @Test
  void endpointsWithoutAPersonsDataAreNotRecordedAndTheLogsOwnReadsAre() {
    assertThat(ApiAccessRules.entries("bosse", "GET", "/api/apartments/{id}", Map.of("id", "3"), 200, null, null))
        .isEmpty();
    assertThat(ApiAccessRules.entries("eva", "GET", "/api/reports/kpis", Map.of(), 200, null, null)).isEmpty();
    assertThat(ApiAccessRules.entries("kim", "GET", "/api/clients/{id}", Map.of("id", "x1"), 200, null, null)).isEmpty();
    assertThat(ApiAccessRules.entries("eva", "GET", "/api/access-log", Map.of(), 200, null, "12"))
        .containsExactly(new AccessEntry("eva", Operation.READ, Channel.API, "GET /api/access-log", 12L, null, null,
            null));
    assertThat(ApiAccessRules.entries("eva", "GET", "/api/access-log.csv", Map.of(), 200, null, null))
        .extracting(AccessEntry::endpoint).containsExactly("GET /api/access-log.csv");
    assertThat(ApiAccessRules.entries("eva", "POST", "/api/access-log/reviews", Map.of(), 201, null, null)).isEmpty();
  }

  @Test
  void theEngineReadsAreNamedByTheirPattern() {
    Matcher rest = EngineAccessRecording.READS.matcher("/engine-rest/task/abc-1/variables/clientId");
    assertThat(rest.matches()).isTrue();
    assertThat(EngineAccessRecording.endpoint("GET", rest)).isEqualTo("GET /engine-rest/task/{taskId}/variables/{name}");
    Matcher cockpit = EngineAccessRecording.READS.matcher("/camunda/api/engine/engine/default/process-instance/p-9/variables");
    assertThat(cockpit.matches()).isTrue();
    assertThat(EngineAccessRecording.endpoint("GET", cockpit))
        .isEqualTo("GET /camunda/api/engine/engine/{engine}/process-instance/{processInstanceId}/variables");
    assertThat(EngineAccessRecording.READS.matcher("/engine-rest/task/abc-1/rendered-form").matches()).isTrue();
    assertThat(EngineAccessRecording.READS.matcher("/engine-rest/task/abc-1/deployed-form").matches()).isFalse();
    assertThat(EngineAccessRecording.READS.matcher("/engine-rest/task").matches()).isFalse();
  }

  @Test
  void aCsvCellIsQuotedAndNeverAFormula() {
    assertThat(AccessLogCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AccessLogCsv.cell(null)).isEmpty();
    assertThat(AccessLogCsv.cell(42L)).isEqualTo("\"42\"");
  }
}
