package se.bofast.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.RawHttp;
import se.bofast.support.TestHttp;

/**
 * The staff pages call /api with the webapps' login of the browser session: reads need only
 * the session, changes also the session's token in X-Bofast-Csrf; the groups are those /api
 * checks for HTTP Basic; without a login nothing changes (401).
 */
@AppTest
class StaffSessionApiTest {

  private static final String APARTMENT = "{\"street\":\"Sessionsgatan 1\",\"postalCode\":\"11226\","
      + "\"city\":\"Stockholm\",\"landlordName\":\"Stockholmshem\",\"kind\":\"TRANINGSLAGENHET\"}";

  @LocalServerPort
  int port;

  @Test
  void theSessionTellsWhoIsLoggedInWithTheGroupsAndAToken() {
    TestHttp.Session bosse = new TestHttp(port).webappSession("tasklist", "bosse", "demo");
    TestHttp.Response session = bosse.get("/personal/session");
    assertThat(session.status()).as(session.body()).isEqualTo(200);
    JsonNode body = session.json();
    assertThat(body.get("user").asText()).isEqualTo("bosse");
    assertThat(body.get("name").asText()).isEqualTo("Bo Sandberg");
    assertThat(body.get("groups").toString()).contains("\"bosamordnare\"");
    assertThat(body.get("csrfHeader").asText()).isEqualTo("X-Bofast-Csrf");
    assertThat(body.get("csrfToken").asText()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(bosse.get("/personal/session").json().get("csrfToken").asText())
        .as("one token per session").isEqualTo(body.get("csrfToken").asText());
    assertThat(new TestHttp(port).webappSession("tasklist", "lotta", "demo").get("/personal/session")
        .json().get("csrfToken").asText()).isNotEqualTo(body.get("csrfToken").asText());
  }

  @Test
  void withoutAWebappsLoginThereIsNoSessionAndNoApi() {
    HttpResponse<String> session = new RawHttp(port).get("/personal/session");
    assertThat(session.statusCode()).isEqualTo(401);
    assertThat(session.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(session.body()).doesNotContain("csrfToken");
    HttpResponse<String> basic = new RawHttp(port).get("/api/apartments");
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(basic.headers().firstValue("WWW-Authenticate")).as("other callers are asked for Basic")
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    HttpResponse<String> fromPage = new RawHttp(port).get("/api/apartments", "X-Bofast-Csrf", "stale");
    assertThat(fromPage.statusCode()).isEqualTo(401);
    assertThat(fromPage.headers().firstValue("WWW-Authenticate")).as("no password dialog over a staff page")
        .isEmpty();
  }

  @Test
  void changesNeedTheSessionsTokenAndTheRightGroup() {
    TestHttp.Session bosse = new TestHttp(port).webappSession("tasklist", "bosse", "demo");
    assertThat(bosse.get("/api/apartments").status()).as("a read needs only the session").isEqualTo(200);
    String token = bosse.get("/personal/session").json().get("csrfToken").asText();

    assertThat(bosse.sendJson("POST", "/api/apartments", APARTMENT).status()).as("no token").isEqualTo(401);
    assertThat(bosse.sendJson("POST", "/api/apartments", APARTMENT, "X-Bofast-Csrf", token + "x").status())
        .as("a wrong token").isEqualTo(401);
    TestHttp.Session lotta = new TestHttp(port).webappSession("tasklist", "lotta", "demo");
    String lottasToken = lotta.get("/personal/session").json().get("csrfToken").asText();
    assertThat(bosse.sendJson("POST", "/api/apartments", APARTMENT, "X-Bofast-Csrf", lottasToken).status())
        .as("another session's token").isEqualTo(401);

    TestHttp.Response added = bosse.sendJson("POST", "/api/apartments", APARTMENT, "X-Bofast-Csrf", token);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("street").asText()).isEqualTo("Sessionsgatan 1");

    TestHttp.Response refused = lotta.sendJson("POST", "/api/apartments", APARTMENT, "X-Bofast-Csrf", lottasToken);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("Din roll ger inte tillgång till detta.");
  }

  @Test
  void thePagesAreStaticUnderTheApplicationsPolicy() {
    for (String path : new String[] {"/personal/", "/personal/avbrott.html", "/personal/partners.html",
        "/personal/lagenheter.html", "/personal/vrakningsarenden.html", "/personal/personal.js",
        "/personal/klient.html", "/personal/mina-klienter.html", "/personal/klient.js", "/personal/klient-delar.js",
        "/personal/mina-klienter.js"}) {
      HttpResponse<String> page = new RawHttp(port).get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      if (path.endsWith(".html") || path.endsWith("/")) {
        assertThat(page.body()).as(path + ": no inline code, which the policy would block")
            .doesNotContain("<script>").doesNotContain(" style=").doesNotContain(" onclick=");
        assertThat(page.body()).as(path + ": a skip link to the content").contains("href=\"#innehall\"")
            .contains("<main id=\"innehall\"");
      }
      assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
          .as(path).startsWith("default-src 'self'; script-src 'self'; style-src 'self';");
    }
    assertThat(new RawHttp(port).get("/personal/").body()).contains("Bofast – personalens sidor");
  }
}
