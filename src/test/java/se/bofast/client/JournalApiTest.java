package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.bofast.support.AppTest;

/** The journal on H2 (the fast suite), and that no journal text reaches the log. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class JournalApiTest extends JournalScenarios {

  @Test
  void noJournalTextReachesTheLog(CapturedOutput output) {
    String marker = marker();
    long id = written("sara", "DECISION", "2026-11-04", "Beslut " + marker, true).get("id").asLong();
    http.postJson(journal() + "/" + id + "/corrections", "sara", "demo",
        "{\"kind\":\"DECISION\",\"eventDate\":\"2026-11-04\",\"text\":\"Rättelse " + marker + "\"}");
    http.postJson(journal() + "/" + id + "/corrections", "sara", "demo",
        "{\"kind\":\"DECISION\",\"eventDate\":\"2026-11-04\",\"text\":\"Igen " + marker + "\"}");
    write("sara", "{\"kind\":\"NOTE\",\"eventDate\":\"1800-01-01\",\"text\":\"" + marker + "\\u001b\"}");
    write("sara", "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-04\",\"text\":\"" + marker + "\",\"text\":\"twice\"}");
    assertThat(EngineTables.holding(jdbc, "client_journal_entry", marker)).isEqualTo(2);
    assertThat(output.getAll()).doesNotContain(marker);
  }
}
