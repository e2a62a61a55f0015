package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.RawHttp;

/**
 * Every kind of answer carries the security headers, in the default profile too (the prod
 * profile adds HSTS behind TLS and Secure cookies: PostgresProductionTest).
 */
@AppTest
class SecurityHeadersTest {

  static final String APPLICATION_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @LocalServerPort
  int port;

  @Test
  void apiAnswersCarryTheHeadersAndAreNotStored() {
    RawHttp http = new RawHttp(port);
    HttpResponse<String> apartments = http.get("/api/apartments", "Authorization", RawHttp.basic("kim", "demo"));
    assertThat(apartments.statusCode()).isEqualTo(200);
    assertHardened(apartments, false);
    assertApplicationPolicy(apartments);
    assertNotStored(apartments);

    HttpResponse<String> stranger = http.get("/api/apartments");
    assertThat(stranger.statusCode()).isEqualTo(401);
    assertHardened(stranger, false);
    assertNotStored(stranger);
  }

  @Test
  void engineRestAnswersCarryTheHeadersAndAreNotStored() {
    HttpResponse<String> tasks = new RawHttp(port).get("/engine-rest/task", "Authorization", RawHttp.basic("kim", "demo"));
    assertThat(tasks.statusCode()).isEqualTo(200);
    assertHardened(tasks, false);
    assertApplicationPolicy(tasks);
    assertNotStored(tasks);
  }

  @Test
  void theDashboardPageHasTheApplicationsPolicy() {
    HttpResponse<String> page = new RawHttp(port).get("/dashboard/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertHardened(page, false);
    assertApplicationPolicy(page);
    assertThat(page.body()).as("no inline script or style, which the policy would block")
        .doesNotContain("<script>").doesNotContain("style=").doesNotContain("<style");
  }

  @Test
  void theWebappsKeepTheirNoncePolicyAndTheirApiIsNotStored() {
    RawHttp.Browser browser = new RawHttp(port).browser();
    HttpResponse<String> tasklist = browser.send("GET", "/camunda/app/tasklist/default/", null);
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertHardened(tasklist, false);
    assertWebappPolicy(tasklist);

    HttpResponse<String> login = browser.login("tasklist", "default", "kim", "demo");
    assertThat(login.statusCode()).isEqualTo(200);
    assertHardened(login, false);
    assertNotStored(login);
    assertCookies(browser.setCookies(), false);

    HttpResponse<String> tasks = browser.get("/camunda/api/engine/engine/default/task");
    assertThat(tasks.statusCode()).isEqualTo(200);
    assertHardened(tasks, false);
    assertNotStored(tasks);
  }

  @Test
  void errorAnswersCarryTheHeadersAndNoDetails() {
    HttpResponse<String> missing = new RawHttp(port).get("/no-such-page", "Accept", "application/json");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertHardened(missing, false);
    assertApplicationPolicy(missing);
    assertThat(missing.body()).doesNotContain("trace").doesNotContain("exception").doesNotContain("message");
  }

  /** The headers every answer has; HSTS only over TLS. */
  static void assertHardened(HttpResponse<?> response, boolean tls) {
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().allValues("X-XSS-Protection")).containsExactly("0");
    assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
    if (tls) {
      assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
    } else {
      assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
  }

  static void assertApplicationPolicy(HttpResponse<?> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(APPLICATION_POLICY);
  }

  static void assertWebappPolicy(HttpResponse<String> page) {
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(policy).contains("'strict-dynamic'").contains("frame-ancestors 'none'").contains("object-src 'none'")
        .doesNotContain("https:");
    assertThat(page.body()).as("the page's scripts carry the policy's nonce").contains("nonce=\"" + nonce + "\"");
  }

  static void assertNotStored(HttpResponse<?> response) {
    assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
  }

  /** The session cookie and Camunda's CSRF cookie: HttpOnly (session), SameSite=Lax, Secure in prod. */
  static void assertCookies(List<String> setCookies, boolean secure) {
    List<String> session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    List<String> csrf = setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).toList();
    assertThat(session).as("session cookies").isNotEmpty();
    assertThat(csrf).as("CSRF cookies").isNotEmpty();
    for (String cookie : session) {
      assertThat(cookie).as(cookie).containsIgnoringCase("; HttpOnly");
    }
    for (String cookie : concat(session, csrf)) {
      assertThat(cookie.split(";\\s*")).as(cookie).containsOnlyOnce("SameSite=Lax");
      if (secure) {
        assertThat(cookie.split(";\\s*")).as(cookie).containsOnlyOnce("Secure");
      } else {
        assertThat(cookie.split(";\\s*")).as(cookie).doesNotContain("Secure");
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
