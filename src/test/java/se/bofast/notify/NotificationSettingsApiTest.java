package se.bofast.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * /api/me/notification-settings and /api/notification-settings: each person reads and changes
 * their own choice and sees the address used; the enhetschef sees who receives nothing.
 */
@AppTest
class NotificationSettingsApiTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPersonChoosesTheirNoticesAndTheEnhetschefSeesWhoReceivesNothing() {
    TestHttp http = new TestHttp(port);
    // the suite shares one application: another test (the API fuzz) may have stored choices for these users
    jdbc.update("DELETE FROM notification_setting WHERE user_id IN ('kim', 'bosse')");
    Response kim = http.get("/api/me/notification-settings", "kim", "demo");
    assertThat(kim.status()).isEqualTo(200);
    assertThat(kim.json().path("email").asText()).isEqualTo("kim@bofast.example");
    assertThat(kim.json().path("digest").asBoolean()).as("the digest is on by default").isTrue();
    assertThat(kim.json().path("urgent").asBoolean()).as("urgent notices are for bosamordnare and enhetschef").isFalse();
    assertThat(http.get("/api/me/notification-settings", "bosse", "demo").json().path("urgent").asBoolean()).isTrue();

    Response changed = put(http, "sara", "{\"digest\":false,\"urgent\":false}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("receivesNothing").asBoolean()).isTrue();
    assertThat(http.get("/api/me/notification-settings", "sara", "demo").json().path("chosen").asBoolean()).isTrue();

    Response refused = put(http, "kim", "{\"digest\":\"ja\",\"urgent\":true}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(put(http, "kim", "{\"digest\":true}").body()).contains("urgent");
    assertThat(http.get("/api/me/notification-settings", "kim", "demo").json().path("chosen").asBoolean())
        .as("nothing stored by a refused change").isFalse();

    User noAddress = identity.newUser("utanpost");
    noAddress.setFirstName("Utan");
    noAddress.setLastName("Adress");
    noAddress.setPassword("demo");
    identity.saveUser(noAddress);
    identity.createMembership("utanpost", "boendelots");
    try {
      Response all = http.get("/api/notification-settings", "eva", "demo");
      assertThat(all.status()).isEqualTo(200);
      assertThat(entry(all.json(), "sara").path("receivesNothing").asBoolean()).isTrue();
      assertThat(entry(all.json(), "utanpost").path("receivesNothing").asBoolean()).isTrue();
      assertThat(entry(all.json(), "utanpost").path("email").isNull()).isTrue();
      assertThat(entry(all.json(), "bosse").path("receivesNothing").asBoolean()).isFalse();
      assertThat(all.body()).doesNotContain("\"admin\"").doesNotContain("\"intake\"");
      assertThat(http.get("/api/notification-settings", "bosse", "demo").status()).isEqualTo(403);
    } finally {
      identity.deleteMembership("utanpost", "boendelots");
      identity.deleteUser("utanpost");
      put(http, "sara", "{\"digest\":true,\"urgent\":false}");
    }
  }

  private static JsonNode entry(JsonNode all, String userId) {
    for (JsonNode n : all) {
      if (userId.equals(n.path("userId").asText())) {
        return n;
      }
    }
    throw new AssertionError("no entry for " + userId + " in " + all);
  }

  private static Response put(TestHttp http, String user, String json) {
    return http.send(http.at("/api/me/notification-settings").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), user, "demo");
  }
}
