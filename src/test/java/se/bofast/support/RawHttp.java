package se.bofast.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP with the answer's headers and cookies in view, for tests of headers and cookie flags.
 * {@link Browser} keeps cookies itself, as a browser behind TLS would: Java's CookieManager
 * does not send a Secure cookie over the tests' plain HTTP.
 */
public final class RawHttp {

  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  public RawHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  /** {@code headers}: name, value, name, value, ... */
  public HttpResponse<String> send(String method, String path, String body, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The Set-Cookie headers of an answer for the cookie {@code name}. */
  public static List<String> setCookies(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).toList();
  }

  public Browser browser() {
    return new Browser();
  }

  /** A browser session: sends back the cookies it was given and the CSRF token on writes. */
  public final class Browser {

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookies = new ArrayList<>();

    public HttpResponse<String> send(String method, String path, String body, String... headers) {
      List<String> all = new ArrayList<>(List.of(headers));
      if (!cookies.isEmpty()) {
        all.add("Cookie");
        all.add(String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      if (!"GET".equals(method) && cookies.containsKey("XSRF-TOKEN")) {
        all.add("X-XSRF-TOKEN");
        all.add(cookies.get("XSRF-TOKEN"));
      }
      HttpResponse<String> response = RawHttp.this.send(method, path, body, all.toArray(String[]::new));
      for (String header : response.headers().allValues("Set-Cookie")) {
        setCookies.add(header);
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
      return response;
    }

    public HttpResponse<String> get(String path) {
      return send("GET", path, null, "Accept", "application/json");
    }

    /** Opens a webapp's page (which hands out XSRF-TOKEN) and logs in as the browser does. */
    public HttpResponse<String> login(String app, String engine, String user, String password) {
      send("GET", "/camunda/app/" + app + "/" + engine + "/", null);
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      return send("POST", "/camunda/api/admin/auth/user/" + engine + "/login/" + app, form,
          "Content-Type", "application/x-www-form-urlencoded");
    }

    /** Every Set-Cookie header this browser was given, in order. */
    public List<String> setCookies() {
      return List.copyOf(setCookies);
    }
  }
}
