package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.identity.Groups;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/** /api/clients as case managers and socialsekreterare use it, and what everyone else gets. */
@AppTest
class ClientApiTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identityService;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  @Test
  void aCaseManagerRegistersAnIdentifiedClient() throws Exception {
    String number = TestNumbers.next();
    String body = "{\"personalNumber\":\"" + number + "\",\"firstName\":\"Kim\",\"lastName\":\"Lindqvist\","
        + "\"childrenInHousehold\":1,\"needs\":\"BOTH\"}";
    HttpResponse<String> created = HttpClient.newHttpClient().send(http.at("/api/clients")
        .header("Authorization", basic("kim"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode client = new TestHttp.Response(201, created.body(), "").json();
    long id = client.get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/api/clients/" + id);
    assertThat(client.get("personalNumber").asText()).isEqualTo(TestNumbers.digits(number));
    assertThat(client.get("displayName").asText()).isEqualTo("Kim L.");
    assertThat(client.get("identified").asBoolean()).isTrue();
    assertThat(client.get("needs").asText()).isEqualTo("BOTH");

    Response outside = http.get("/api/clients/" + id, "sara", "demo");
    assertThat(outside.status()).as("sara is not on the client's team (yet)").isEqualTo(403);
    assertThat(outside.body()).doesNotContain("Lindqvist");
    Response named = http.send(http.at("/api/clients/" + id + "/team/SOCIALSEKRETERARE")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"userId\":\"sara\"}")), "eva", "demo");
    assertThat(named.status()).as(named.body()).isEqualTo(200);
    Response read = http.get("/api/clients/" + id, "sara", "demo");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(client);
  }

  @Test
  void anUnidentifiedClientIsIdentifiedLaterAndGetsFacts() {
    Response created = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Gröna mössan\",\"needs\":\"ADDICTION\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("displayName").asText()).isEqualTo("Gröna mössan (oidentifierad)");
    assertThat(created.json().get("personalNumber").isNull()).isTrue();
    long id = created.json().get("id").asLong();

    String number = TestNumbers.nextCoordination();
    Response identified = http.postJson("/api/clients/" + id + "/identification", "sara", "demo",
        "{\"personalNumber\":\"" + number.substring(2) + "\",\"firstName\":\"Ali\",\"lastName\":\"Nur\"}");
    assertThat(identified.status()).as(identified.body()).isEqualTo(200);
    assertThat(identified.json().get("id").asLong()).isEqualTo(id);
    assertThat(identified.json().get("alias").asText()).isEqualTo("Gröna mössan");
    assertThat(identified.json().get("coordinationNumber").asBoolean()).isTrue();
    assertThat(identified.json().get("displayName").asText()).isEqualTo("Ali N.");

    Response fact = http.postJson("/api/clients/" + id + "/facts", "kim", "demo",
        "{\"kind\":\"DRUG_FREE_SINCE\",\"date\":\"2024-03-01\"}");
    assertThat(fact.status()).as(fact.body()).isEqualTo(201);
    assertThat(fact.json().get("drugFreeSince").asText()).isEqualTo("2024-03-01");
    assertThat(http.get("/api/clients/" + id + "/facts", "kim", "demo").json().get("drugFreeSince").asText())
        .isEqualTo("2024-03-01");
  }

  @Test
  void anUnknownClientIsNotFound() {
    Response response = http.get("/api/clients/987654321", "kim", "demo");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).isEqualTo("Klienten finns inte (id 987654321).");
    assertThat(http.postJson("/api/clients/987654321/facts", "kim", "demo",
        "{\"kind\":\"DRUG_FREE_SINCE\",\"date\":\"2024-03-01\"}").status()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "missing needs | {\"alias\":\"Kepsen\"} | needs | Ange behov: ADDICTION, PSYCHIATRIC eller BOTH.",
      "neither number nor alias | {\"needs\":\"BOTH\"} | personalNumber | Ange personnummer, eller alias för en oidentifierad klient.",
      "missing first name | {\"personalNumber\":\"19121212-1212\",\"lastName\":\"Ek\",\"needs\":\"BOTH\"} | firstName | Ange förnamn.",
      "wrong check digit | {\"personalNumber\":\"19121212-1213\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"needs\":\"BOTH\"} | personalNumber | Ogiltigt personnummer eller samordningsnummer: kontrollsiffran stämmer inte.",
      "unknown enum value | {\"alias\":\"Kepsen\",\"needs\":\"HOMELESS\"} | needs | Okänt värde 'HOMELESS'. Tillåtna värden: ADDICTION, PSYCHIATRIC, BOTH.",
      "negative children | {\"personalNumber\":\"19121212-1212\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"childrenInHousehold\":-1,\"needs\":\"BOTH\"} | childrenInHousehold | Antalet barn kan inte vara negativt.",
      "children not a whole number | {\"personalNumber\":\"19121212-1212\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"childrenInHousehold\":1.5,\"needs\":\"BOTH\"} | childrenInHousehold | Ogiltigt tal '1.5'. Ange ett heltal.",
      "children not a number | {\"alias\":\"Kepsen\",\"needs\":\"BOTH\",\"childrenInHousehold\":\"två\"} | childrenInHousehold | Ogiltigt tal 'två'. Ange ett heltal.",
      "unknown property | {\"alias\":\"Kepsen\",\"needs\":\"BOTH\",\"shoeSize\":44} | shoeSize | Okänt fält: shoeSize.",
      "malformed JSON | {\"alias\":\"Kepsen\",\"needs\":BOTH} | needs | Uppgifterna är inte giltig JSON.",
      "alias too long | {\"alias\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"needs\":\"BOTH\"} | alias | Aliaset får vara högst 60 tecken.",
      "both number and alias | {\"personalNumber\":\"19121212-1212\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"alias\":\"Kepsen\",\"needs\":\"BOTH\"} | alias | Ange antingen personnummer (identifierad klient) eller alias (oidentifierad klient), inte båda."})
  void invalidRegistrationsAreRefusedNamingTheField(String what, String json, String field, String message) {
    long before = clientRows();
    Response response = http.postJson("/api/clients", "kim", "demo", json);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("title").asText()).isEqualTo("Felaktiga uppgifter");
    assertThat(problem.get("errors")).hasSize(1);
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo(message);
    assertThat(clientRows()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void aDuplicatePersonalNumberIsRefused() {
    String number = TestNumbers.next();
    String json = "{\"personalNumber\":\"" + number + "\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"needs\":\"BOTH\"}";
    assertThat(http.postJson("/api/clients", "kim", "demo", json).status()).isEqualTo(201);
    long before = clientRows();

    Response again = http.postJson("/api/clients", "sara", "demo", json);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("errors").get(0).get("message").asText())
        .isEqualTo("Det finns redan en klient med detta personnummer.");
    assertThat(clientRows()).isEqualTo(before);
  }

  @Test
  void severalBeanValidationErrorsAreAllNamed() {
    Response response = http.postJson("/api/clients", "kim", "demo",
        "{\"personalNumber\":\"19121212-1212\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"childrenInHousehold\":-2}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("childrenInHousehold", "needs");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "impossible date | {\"kind\":\"DRUG_FREE_SINCE\",\"date\":\"2024-02-30\"} | date",
      "future date | {\"kind\":\"DRUG_FREE_SINCE\",\"date\":\"2999-01-01\"} | date",
      "unknown kind | {\"kind\":\"SOBER\",\"date\":\"2024-02-01\"} | kind",
      "missing date | {\"kind\":\"DRUG_FREE_SINCE\"} | date"})
  void invalidFactsAreRefusedNamingTheField(String what, String json, String field) {
    long id = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Fakta\",\"needs\":\"BOTH\"}").json().get("id").asLong();
    Response response = http.postJson("/api/clients/" + id + "/facts", "kim", "demo", json);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM client_fact WHERE client_id = ?", Long.class, id)).isZero();
  }

  @Test
  void onlyJsonIsAccepted() {
    long before = clientRows();
    Response response = http.send(http.at("/api/clients").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{\"alias\":\"Kepsen\",\"needs\":\"BOTH\"}")), "kim", "demo");
    assertThat(response.status()).isEqualTo(415);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("title").asText()).isEqualTo("Innehållstypen stöds inte");
    assertThat(clientRows()).isEqualTo(before);
  }

  @Test
  void bodiesOver64KiBAreRefusedWithOrWithoutContentLength() {
    long before = clientRows();
    String big = "{\"alias\":\"Kepsen\",\"needs\":\"BOTH\",\"x\":\"" + "a".repeat(70_000) + "\"}";

    Response withLength = http.send(http.at("/api/clients").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(big)), "kim", "demo");
    assertThat(withLength.status()).isEqualTo(413);
    assertThat(withLength.contentType()).startsWith("application/problem+json");
    assertThat(withLength.json().get("detail").asText()).isEqualTo("Begäran får vara högst 64 KiB.");

    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    Response streamed = http.send(http.at("/api/clients").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))), "kim", "demo");
    assertThat(streamed.status()).as(streamed.body()).isEqualTo(413);
    assertThat(streamed.contentType()).startsWith("application/problem+json");
    assertThat(clientRows()).isEqualTo(before);
  }

  @Test
  void credentialsAreRequired() {
    // A wrong password delays the user's next logins (the engine's brute-force protection):
    // use a user of its own, never a demo user other tests log in as.
    User user = identityService.newUser("api-wrongpw");
    user.setPassword("ratt-losenord");
    identityService.saveUser(user);
    identityService.createMembership("api-wrongpw", Groups.CASE_MANAGER);
    try {
      long before = clientRows();
      assertThat(http.get("/api/clients/1", null, null).status()).isEqualTo(401);
      assertThat(http.get("/api/clients/1", "nobody", "demo").status()).isEqualTo(401);
      assertThat(http.postJson("/api/clients", "api-wrongpw", "fel", "{\"alias\":\"Kepsen\",\"needs\":\"BOTH\"}")
          .status()).isEqualTo(401);
      assertThat(http.postJson("/api/clients", null, null, "{\"alias\":\"Kepsen\",\"needs\":\"BOTH\"}").status())
          .isEqualTo(401);
      assertThat(clientRows()).isEqualTo(before);
    } finally {
      identityService.deleteUser("api-wrongpw");
    }
  }

  @ParameterizedTest(name = "{0} may not use the client register")
  @CsvSource({"lotta", "bosse", "eva", "admin"})
  void otherRolesAreForbidden(String user) {
    long before = clientRows();
    Response created = http.postJson("/api/clients", user, "demo", "{\"alias\":\"Kepsen\",\"needs\":\"BOTH\"}");
    assertThat(created.status()).isEqualTo(403);
    assertThat(created.contentType()).startsWith("application/problem+json");
    assertThat(created.json().get("title").asText()).isEqualTo("Åtkomst nekad");
    assertThat(http.postJson("/api/clients", user, "demo", "{not json").status())
        .as("refused before the body is read").isEqualTo(403);
    assertThat(http.get("/api/clients/1", user, "demo").status()).isEqualTo(403);
    assertThat(clientRows()).isEqualTo(before);
  }

  private long clientRows() {
    return jdbc.queryForObject("SELECT count(*) FROM client", Long.class);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

}
