package se.bofast.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.TestHttp.Response;

/**
 * A journal over /api (a client's, or an eviction case's, both kept in client_journal_entry): the
 * requests and checks the journal scenarios of both share. The subclass names the journal's path.
 */
public abstract class JournalRequests {

  @LocalServerPort
  protected int port;
  @Autowired
  protected JdbcTemplate jdbc;

  protected TestHttp http;

  @BeforeEach
  protected void http() {
    http = new TestHttp(port);
  }

  /** The journal's path, e.g. /api/clients/7/journal. */
  protected abstract String journal();

  protected Response write(String user, String json) {
    return http.postJson(journal(), user, "demo", json);
  }

  /** An entry written by the user: 201, its JSON. */
  protected JsonNode written(String user, String kind, String date, String text, boolean sign) {
    Response response = write(user, "{\"kind\":\"" + kind + "\",\"eventDate\":\"" + date + "\",\"text\":\"" + text
        + "\",\"sign\":" + sign + "}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  /** Every journal entry of every client and case. */
  protected long rows() {
    return jdbc.queryForObject("SELECT count(*) FROM client_journal_entry", Long.class);
  }

  /**
   * PUT, PATCH and DELETE, as the user, on each entry, its signature and corrections and on the
   * journal: each answers 405 as problem+json, and each entry reads as before.
   */
  protected void assertNoEndpointChangesOrDeletes(String user, JsonNode... entries) {
    String body = "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-12\",\"text\":\"Ändrad\"}";
    List<String> answers = new ArrayList<>();
    for (JsonNode entry : entries) {
      String path = journal() + "/" + entry.get("id").asLong();
      for (String target : List.of(path, journal(), path + "/signature", path + "/corrections")) {
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
          Response response = http.send(http.at(target).header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(body)), user, "demo");
          answers.add(method + " " + target.substring(journal().length()) + " " + response.status());
          assertThat(response.contentType()).as(method + " " + target).startsWith("application/problem+json");
        }
      }
      assertThat(http.get(path, user, "demo").json()).isEqualTo(entry);
    }
    assertThat(answers).as("every PUT, PATCH and DELETE").hasSize(12 * entries.length).allMatch(a -> a.endsWith(" 405"));
  }
}
