package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;

/** The dashboard uses the webapps' login: the enhetschef sees twelve months of figures, others do not. */
@AppTest
class DashboardTest {

  @LocalServerPort
  int port;

  @Test
  void theEnhetschefLoggedIntoCockpitGetsTwelveMonths() {
    TestHttp.Session eva = new TestHttp(port).webappSession("cockpit", "eva", "demo");
    assertThat(eva.login.status()).isEqualTo(200);
    TestHttp.Response data = eva.get("/dashboard/data");
    assertThat(data.status()).as(data.body()).isEqualTo(200);
    JsonNode body = data.json();
    assertThat(body.get("user").asText()).isEqualTo("eva");
    assertThat(body.get("months")).hasSize(12);
    assertThat(body.get("months").get(11).get("figures").get("clientsByStep").has("HARBARGE")).isTrue();
    assertThat(body.get("yearToDate").has("careForecastSek")).isTrue();
  }

  @Test
  void othersAreTurnedAway() {
    TestHttp http = new TestHttp(port);
    assertThat(http.get("/dashboard/data", null, null).status()).isEqualTo(401);
    TestHttp.Session lotta = http.webappSession("tasklist", "lotta", "demo");
    assertThat(lotta.login.status()).isEqualTo(200);
    assertThat(lotta.get("/dashboard/data").status()).isEqualTo(403);
    assertThat(http.get("/dashboard/", null, null).status()).as("the page itself is static").isEqualTo(200);
  }
}
