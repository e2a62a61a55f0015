package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
    // Kronofogden's terms, every key in every month, and their Swedish names for the charts
    for (JsonNode month : body.get("months")) {
      JsonNode figures = month.get("figures");
      assertThat(fieldNames(figures.get("signalsByType")))
          .containsExactly("RENT_ARREARS", "DISTURBANCE", "EVICTION_DATE_SET", "EARLY_WARNING");
      assertThat(fieldNames(figures.get("signalsBySource")))
          .containsExactly("LANDLORD", "KRONOFOGDEN", "BOSTADSFORMEDLINGEN", "SOCIAL_SERVICES");
      assertThat(fieldNames(figures.get("casesByOutcome")))
          .containsExactly("PREVENTED", "MOVED", "EVICTED", "WITHDRAWN");
      assertThat(fieldNames(figures.get("aidDecisionInTime"))).containsExactly("cases", "decidedInTime", "share");
      assertThat(figures.has("evictedHouseholdsWithChildren")).isTrue();
      assertThat(figures.has("p90DaysToFirstContact")).isTrue();
      assertThat(figures.has("medianDaysToFirstAttempt")).isTrue();
      assertThat(figures.has("p90DaysToFirstAttempt")).isTrue();
    }
    JsonNode labels = body.get("labels");
    assertThat(labels.at("/signalsByType/RENT_ARREARS").asText())
        .isEqualTo("Hyresskuld (uppsägning och underrättelse)");
    assertThat(labels.at("/signalsBySource/SOCIAL_SERVICES").asText()).isEqualTo("Socialtjänsten själv");
    assertThat(labels.at("/casesByOutcome/EVICTED").asText()).isEqualTo("Avhysningen verkställdes");
    for (String figure : List.of("signalsByType", "signalsBySource", "casesByOutcome")) {
      assertThat(fieldNames(labels.get(figure))).as(figure)
          .containsExactlyInAnyOrderElementsOf(fieldNames(body.get("yearToDate").get(figure)));
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
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
