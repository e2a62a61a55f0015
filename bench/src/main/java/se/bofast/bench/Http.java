package se.bofast.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP to the application as its callers use it: HTTP Basic for /api and /engine-rest, or a
 * webapp session (cookie and CSRF token) as Tasklist has after its login.
 */
final class Http {

  /** One answer and how long it took; {@code status} is 0 when the request timed out. */
  record Answer(int status, String body, long nanos) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    boolean timedOut() {
      return status == 0;
    }
  }

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  private final String base;
  private final HttpClient client;
  private final CookieManager cookies;
  private final String authorization;

  private Http(String base, String user, String password, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NORMAL);
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
    this.authorization = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A client authenticating every request with HTTP Basic. */
  static Http basic(int port, String user, String password) {
    return new Http(base(port), user, password, null);
  }

  /** A client without credentials (health, start-up probes). */
  static Http anonymous(int port) {
    return new Http(base(port), null, null, null);
  }

  /**
   * Logs in to a webapp (tasklist) as the browser does: a page that hands out the XSRF-TOKEN
   * cookie, the login form with that token, then the user's profile (which renews the token).
   */
  static Http webappSession(int port, String app, String user, String password) {
    Http session = new Http(base(port), null, null, new CookieManager());
    session.get("/camunda/app/" + app + "/default/", "text/html", DEFAULT_TIMEOUT);
    String form = "username=" + enc(user) + "&password=" + enc(password);
    Answer login = session.send(session.request("/camunda/api/admin/auth/user/default/login/" + app,
        "application/json", DEFAULT_TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.status() != 200) {
      throw new IllegalStateException("Login to " + app + " as " + user + " answered " + login.status());
    }
    session.get("/camunda/api/admin/auth/user/default", "application/json", DEFAULT_TIMEOUT);
    return session;
  }

  Answer get(String path) {
    return get(path, "application/json", DEFAULT_TIMEOUT);
  }

  Answer get(String path, String accept, Duration timeout) {
    return send(request(path, accept, timeout).GET());
  }

  Answer postJson(String path, String json) {
    return postJson(path, json, "application/json", DEFAULT_TIMEOUT);
  }

  Answer postJson(String path, String json, String accept, Duration timeout) {
    return send(request(path, accept, timeout).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path, String accept, Duration timeout) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
        .header("Accept", accept);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    String token = csrfToken();
    if (token != null) {
      builder.header("X-XSRF-TOKEN", token);
    }
    return builder;
  }

  private String csrfToken() {
    if (cookies == null) {
      return null;
    }
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private Answer send(HttpRequest.Builder builder) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
    } catch (HttpTimeoutException e) {
      return new Answer(0, "", System.nanoTime() - start);
    } catch (IOException e) {
      throw new BenchException("No answer from " + builder.build().uri().getPath() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("Interrupted", e);
    }
  }

  private static String base(int port) {
    return "http://localhost:" + port;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
