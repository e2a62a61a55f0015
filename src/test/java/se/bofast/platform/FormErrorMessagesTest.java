package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/** A refused start form reaches Tasklist as 400 with the Swedish message only. */
@AppTest
class FormErrorMessagesTest {

  @LocalServerPort
  int port;

  @Test
  void aRefusedStartFormAnswers400WithTheSwedishMessageAlone() {
    Response refused = new TestHttp(port).postJson("/engine-rest/process-definition/key/client-journey/submit-form",
        "kim", "demo", "{\"variables\":{\"clientType\":{\"value\":\"UNIDENTIFIED\"},\"needs\":{\"value\":\"BOTH\"},"
            + "\"situation\":{\"value\":\"STREET\"}}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).isEqualTo("Ange ett alias för den oidentifierade personen.");
  }
}
