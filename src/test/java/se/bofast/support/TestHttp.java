package se.bofast.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP as staff and systems use it: Basic auth on /engine-rest, the webapps' login with CSRF. */
public final class TestHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;

  public TestHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  public record Response(int status, String body, String contentType) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  public Response get(String path, String user, String password) {
    return send(request(path, user, password).GET().build(), HttpClient.newHttpClient());
  }

  public Response postJson(String path, String user, String password, String json) {
    return send(request(path, user, password)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpClient.newHttpClient());
  }

  public Response send(HttpRequest.Builder builder, String user, String password) {
    if (user != null) {
      builder.header("Authorization", basic(user, password));
    }
    return send(builder.build(), HttpClient.newHttpClient());
  }

  public HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  /**
   * Logs in to a webapp (tasklist, cockpit, admin) the way the browser does: first a page
   * that hands out the XSRF-TOKEN cookie, then the login POST carrying the token.
   */
  public Response webappLogin(String app, String user, String password) {
    return webappSession(app, user, password).login;
  }

  private Response login(HttpClient client, CookieManager cookies, String app, String user, String password) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET().build(), client);
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from /camunda/app/" + app));
    String form = "username=" + enc(user) + "&password=" + enc(password);
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), client);
  }

  /** A browser session after logging into a webapp: later requests carry its cookie. */
  public final class Session {

    private final HttpClient client;
    private final CookieManager cookies;
    public final Response login;

    private Session(HttpClient client, CookieManager cookies, Response login) {
      this.client = client;
      this.cookies = cookies;
      this.login = login;
    }

    /** A JSON POST as the webapp sends it, with the session's CSRF token. */
    public Response postJson(String path, String json) {
      String token = cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
      return TestHttp.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
          .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), client);
    }

    public Response get(String path) {
      return TestHttp.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
          .GET().build(), client);
    }

    /** A JSON request with the session's cookie and the given extra headers (name, value, ...). */
    public Response sendJson(String method, String path, String json, String... headers) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
          .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
      if (headers.length > 0) {
        builder.headers(headers);
      }
      return TestHttp.send(builder.build(), client);
    }
  }

  public Session webappSession(String app, String user, String password) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    Response login = login(client, cookies, app, user, password);
    if (login.status() == 200) {
      // as the webapp does after logging in: the new session's CSRF token comes with this answer
      send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default"))
          .header("Accept", "application/json").GET().build(), client);
    }
    return new Session(client, cookies, login);
  }

  /** The login POST without the CSRF token, as a forged cross-site request would send it. */
  public Response webappLoginWithoutCsrfToken(String app, String user, String password) {
    String form = "username=" + enc(user) + "&password=" + enc(password);
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpClient.newHttpClient());
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder builder = at(path).header("Accept", "application/json");
    if (user != null) {
      builder.header("Authorization", basic(user, password));
    }
    return builder;
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Response send(HttpRequest request, HttpClient client) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
