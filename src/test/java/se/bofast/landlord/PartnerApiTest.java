package se.bofast.landlord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.housing.ApartmentService;
import se.bofast.housing.Step;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/** /api/partners as the bosamordnare uses it, what the enhetschef may read, and what everyone else gets. */
@AppTest
class PartnerApiTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskService taskService;
  @Autowired
  ApartmentService apartments;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  @Test
  void theBosamordnareRegistersAPartnerAndWorksWithIt() {
    String number = TestOrganisationNumbers.next();
    Response created = http.postJson("/api/partners", "bosse", "demo", "{\"kind\":\"LANDLORD\",\"name\":\"Familjebostäder\","
        + "\"organisationNumber\":\"" + number.replace("-", "") + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode partner = created.json();
    long id = partner.get("id").asLong();
    assertThat(partner.get("organisationNumber").asText()).isEqualTo(number);
    assertThat(partner.get("contactInterval").asText()).isEqualTo("P3M");
    assertThat(partner.get("active").asBoolean()).isTrue();
    assertThat(partner.get("processInstanceId").asText()).isNotBlank();

    Response person = http.postJson("/api/partners/" + id + "/contact-persons", "bosse", "demo",
        "{\"name\":\"Anna Berg\",\"role\":\"Kundansvarig\",\"phone\":\"08-508 370 00\",\"email\":\"anna.berg@example.se\"}");
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    Response contact = http.postJson("/api/partners/" + id + "/contacts", "bosse", "demo",
        "{\"date\":\"2026-01-05\",\"channel\":\"PHONE\",\"subject\":\"Signal om hyresskuld i Rinkeby\","
            + "\"outcome\":\"Hembesök bokat\",\"evictionCaseNumber\":\"VR-2026-00001\"}");
    assertThat(contact.status()).as(contact.body()).isEqualTo(201);
    assertThat(contact.json().get("userId").asText()).isEqualTo("bosse");

    long apartmentId = apartments.add("Tensta allé 1", "163 64", "Spånga", "Familjebostäder", Step.TRANINGSLAGENHET).id();
    Response agreement = http.postJson("/api/partners/" + id + "/agreements", "bosse", "demo",
        "{\"apartmentId\":" + apartmentId + ",\"validFrom\":\"2026-01-01\"}");
    assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);

    Response need = http.postJson("/api/partners/" + id + "/apartment-needs", "bosse", "demo",
        "{\"kind\":\"FORSOKSLAGENHET\",\"count\":2}");
    assertThat(need.status()).as(need.body()).isEqualTo(201);
    assertThat(need.json().get("status").asText()).isEqualTo("OPEN");
    assertThat(taskService.createTaskQuery().processInstanceId(partner.get("processInstanceId").asText())
        .taskDefinitionKey("Task_NegotiateApartments").count()).isOne();

    Response interval = http.send(http.at("/api/partners/" + id + "/contact-interval")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"contactInterval\":\"P1M\"}")), "bosse", "demo");
    assertThat(interval.status()).as(interval.body()).isEqualTo(200);
    assertThat(interval.json().get("contactInterval").asText()).isEqualTo("P1M");

    // the enhetschef reads everything
    Response read = http.get("/api/partners/" + id, "eva", "demo");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("contactPersons").get(0).get("name").asText()).isEqualTo("Anna Berg");
    assertThat(read.json().get("agreements").get(0).get("apartmentId").asLong()).isEqualTo(apartmentId);
    JsonNode log = http.get("/api/partners/" + id + "/contacts", "eva", "demo").json();
    assertThat(log).hasSize(1);
    assertThat(log.get(0).get("subject").asText()).isEqualTo("Signal om hyresskuld i Rinkeby");
    assertThat(http.get("/api/partners/" + id + "/apartment-needs", "eva", "demo").json()).hasSize(1);
    assertThat(http.get("/api/partners", "eva", "demo").json().findValuesAsText("name")).contains("Familjebostäder");

    Response deactivated = http.postJson("/api/partners/" + id + "/deactivation", "bosse", "demo", "");
    assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
    assertThat(deactivated.json().get("active").asBoolean()).isFalse();
    Response again = http.postJson("/api/partners/" + id + "/deactivation", "bosse", "demo", "");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("errors").get(0).get("field").asText()).isEqualTo("active");
  }

  @Test
  void othersAreRefused() {
    long id = createPartner();
    String body = "{\"kind\":\"LANDLORD\",\"name\":\"X\",\"organisationNumber\":\"" + TestOrganisationNumbers.next() + "\"}";
    assertThat(http.postJson("/api/partners", "eva", "demo", body).status()).as("enhetschef reads only").isEqualTo(403);
    assertThat(http.postJson("/api/partners/" + id + "/contacts", "eva", "demo", "{}").status()).isEqualTo(403);
    assertThat(http.postJson("/api/partners/" + id + "/deactivation", "eva", "demo", "").status()).isEqualTo(403);
    for (String user : new String[] {"kim", "lotta", "sara"}) {
      Response response = http.get("/api/partners/" + id, user, "demo");
      assertThat(response.status()).as(user).isEqualTo(403);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(http.postJson("/api/partners", user, "demo", body).status()).as(user).isEqualTo(403);
    }
    assertThat(http.get("/api/partners", null, null).status()).isEqualTo(401);
    assertThat(http.postJson("/api/partners", null, null, body).status()).isEqualTo(401);
    // (a wrong password would delay bosse's next logins: the engine throttles failed attempts)
    assertThat(http.get("/api/partners/" + id, "nobody", "demo").status()).isEqualTo(401);
  }

  @Test
  void anUnknownPartnerIsNotFound() {
    Response response = http.get("/api/partners/987654321", "bosse", "demo");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).isEqualTo("Partnern finns inte (id 987654321).");
    assertThat(http.get("/api/partners/987654321/contacts", "eva", "demo").status()).isEqualTo(404);
    assertThat(http.postJson("/api/partners/987654321/contacts", "bosse", "demo",
        "{\"date\":\"2026-01-05\",\"channel\":\"PHONE\",\"subject\":\"a\",\"outcome\":\"b\"}").status()).isEqualTo(404);
    assertThat(http.postJson("/api/partners/987654321/apartment-needs", "bosse", "demo",
        "{\"kind\":\"FORSOKSLAGENHET\"}").status()).isEqualTo(404);
    assertThat(http.postJson("/api/partners/987654321/deactivation", "bosse", "demo", "").status()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "missing kind | {\"name\":\"Hem AB\",\"organisationNumber\":\"212000-0142\"} | kind | Ange vilket slags partner: LANDLORD, BOSTADSFORMEDLINGEN, KRONOFOGDEN eller VOLUNTARY_ORGANISATION.",
      "unknown kind | {\"kind\":\"BANK\",\"name\":\"Hem AB\",\"organisationNumber\":\"212000-0142\"} | kind | Okänt värde 'BANK'. Tillåtna värden: LANDLORD, BOSTADSFORMEDLINGEN, KRONOFOGDEN, VOLUNTARY_ORGANISATION.",
      "missing name | {\"kind\":\"LANDLORD\",\"organisationNumber\":\"212000-0142\"} | name | Ange partnerns namn.",
      "wrong check digit | {\"kind\":\"LANDLORD\",\"name\":\"Hem AB\",\"organisationNumber\":\"212000-0143\"} | organisationNumber | Ogiltigt organisationsnummer: kontrollsiffran stämmer inte.",
      "a personnummer | {\"kind\":\"LANDLORD\",\"name\":\"Hem AB\",\"organisationNumber\":\"121212-1212\"} | organisationNumber | Ogiltigt organisationsnummer: det ser ut som ett personnummer (tredje och fjärde siffran ska vara minst 20).",
      "bad interval | {\"kind\":\"LANDLORD\",\"name\":\"Hem AB\",\"organisationNumber\":\"212000-0142\",\"contactInterval\":\"kvartal\"} | contactInterval | Kontaktintervallet ska anges som en ISO-8601-period, till exempel P3M (tre månader) eller P6W (sex veckor).",
      "unknown property | {\"kind\":\"LANDLORD\",\"name\":\"Hem AB\",\"organisationNumber\":\"212000-0142\",\"vat\":1} | vat | Okänt fält: vat."})
  void invalidPartnersAreRefusedNamingTheField(String what, String json, String field, String message) {
    assertRefused(() -> http.postJson("/api/partners", "bosse", "demo", json), field, message, "partner");
  }

  @Test
  void aDuplicateOrganisationNumberIsRefused() {
    String body = "{\"kind\":\"LANDLORD\",\"name\":\"Dubblett AB\",\"organisationNumber\":\"" + TestOrganisationNumbers.next() + "\"}";
    assertThat(http.postJson("/api/partners", "bosse", "demo", body).status()).isEqualTo(201);
    long instances = jdbc.queryForObject("SELECT count(*) FROM act_ru_execution WHERE parent_id_ IS NULL", Long.class);
    assertRefused(() -> http.postJson("/api/partners", "bosse", "demo", body), "organisationNumber",
        "Det finns redan en partner med detta organisationsnummer.", "partner");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_execution WHERE parent_id_ IS NULL", Long.class))
        .as("no process started").isEqualTo(instances);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "future date | {\"date\":\"2999-01-01\",\"channel\":\"PHONE\",\"subject\":\"a\",\"outcome\":\"b\"} | date | Datumet får inte ligga i framtiden.",
      "bad date | {\"date\":\"2026-02-30\",\"channel\":\"PHONE\",\"subject\":\"a\",\"outcome\":\"b\"} | date | Ogiltigt datum '2026-02-30'. Skriv ÅÅÅÅ-MM-DD med ett datum som finns.",
      "unknown channel | {\"date\":\"2026-01-05\",\"channel\":\"FAX\",\"subject\":\"a\",\"outcome\":\"b\"} | channel | Okänt värde 'FAX'. Tillåtna värden: PHONE, EMAIL, MEETING, LETTER, VISIT.",
      "missing subject | {\"date\":\"2026-01-05\",\"channel\":\"PHONE\",\"outcome\":\"b\"} | subject | Ange vad kontakten gällde.",
      "missing outcome | {\"date\":\"2026-01-05\",\"channel\":\"PHONE\",\"subject\":\"a\",\"outcome\":\"  \"} | outcome | Ange resultatet av kontakten.",
      "long case number | {\"date\":\"2026-01-05\",\"channel\":\"PHONE\",\"subject\":\"a\",\"outcome\":\"b\",\"journeyCaseNumber\":\"VK-2026-000000000000000000000000000001\"} | journeyCaseNumber | Högst 30 tecken."})
  void invalidContactsAreRefusedNamingTheField(String what, String json, String field, String message) {
    long id = createPartner();
    assertRefused(() -> http.postJson("/api/partners/" + id + "/contacts", "bosse", "demo", json), field, message,
        "partner_contact");
  }

  @Test
  void aSubjectOfMoreThan500CharactersIsRefused() {
    long id = createPartner();
    assertRefused(() -> http.postJson("/api/partners/" + id + "/contacts", "bosse", "demo",
        "{\"date\":\"2026-01-05\",\"channel\":\"LETTER\",\"subject\":\"" + "å".repeat(501) + "\",\"outcome\":\"b\"}"),
        "subject", "Högst 500 tecken.", "partner_contact");
    assertThat(http.postJson("/api/partners/" + id + "/contacts", "bosse", "demo",
        "{\"date\":\"2026-01-05\",\"channel\":\"LETTER\",\"subject\":\"" + "å".repeat(500) + "\",\"outcome\":\"b\"}")
        .status()).isEqualTo(201);
  }

  @Test
  void invalidContactPersonsAgreementsAndNeedsAreRefused() {
    long id = createPartner();
    String persons = "/api/partners/" + id + "/contact-persons";
    assertRefused(() -> http.postJson(persons, "bosse", "demo", "{\"name\":\"Anna\"}"), "phone",
        "Ange telefonnummer eller e-postadress.", "partner_contact_person");
    assertRefused(() -> http.postJson(persons, "bosse", "demo", "{\"name\":\"Anna\",\"email\":\"anna\"}"), "email",
        "Ogiltig e-postadress.", "partner_contact_person");
    assertRefused(() -> http.postJson(persons, "bosse", "demo", "{\"phone\":\"08-1234567\"}"), "name",
        "Ange kontaktpersonens namn.", "partner_contact_person");
    String agreements = "/api/partners/" + id + "/agreements";
    assertRefused(() -> http.postJson(agreements, "bosse", "demo", "{\"apartmentId\":987654321}"), "apartmentId",
        "Lägenheten finns inte (id 987654321).", "lease_agreement");
    assertRefused(() -> http.postJson(agreements, "bosse", "demo", "{}"), "apartmentId", "Ange lägenhetens id.",
        "lease_agreement");
    String needs = "/api/partners/" + id + "/apartment-needs";
    assertRefused(() -> http.postJson(needs, "bosse", "demo", "{\"kind\":\"BEHANDLING\",\"count\":1}"), "kind",
        "Lägenhetstyp måste vara TRANINGSLAGENHET eller FORSOKSLAGENHET.", "apartment_need");
    assertRefused(() -> http.postJson(needs, "bosse", "demo", "{\"kind\":\"FORSOKSLAGENHET\",\"count\":0}"), "count",
        "Antalet lägenheter ska vara 1–20.", "apartment_need");
    assertRefused(() -> http.postJson(needs, "bosse", "demo", "{\"kind\":\"FORSOKSLAGENHET\"}"), "count",
        "Ange hur många lägenheter som behövs.", "apartment_need");

    Response kronofogden = http.postJson("/api/partners", "bosse", "demo", "{\"kind\":\"KRONOFOGDEN\",\"name\":\"KFM\","
        + "\"organisationNumber\":\"" + TestOrganisationNumbers.next() + "\"}");
    long kfm = kronofogden.json().get("id").asLong();
    assertRefused(() -> http.postJson("/api/partners/" + kfm + "/apartment-needs", "bosse", "demo",
        "{\"kind\":\"FORSOKSLAGENHET\",\"count\":1}"), "partnerKind",
        "Avtal och lägenhetsbehov gäller bara hyresvärdar, inte Kronofogden.", "apartment_need");
  }

  private long createPartner() {
    Response created = http.postJson("/api/partners", "bosse", "demo", "{\"kind\":\"LANDLORD\",\"name\":\"Test AB\","
        + "\"organisationNumber\":\"" + TestOrganisationNumbers.next() + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  /** 400 problem+json naming the field, and the table as it was before the call. */
  private void assertRefused(java.util.function.Supplier<Response> call, String field, String message, String table) {
    long before = rows(table);
    Response response = call.get();
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("title").asText()).isEqualTo("Felaktiga uppgifter");
    assertThat(problem.get("errors")).hasSize(1);
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo(message);
    assertThat(rows(table)).as("nothing stored in " + table).isEqualTo(before);
  }

  private long rows(String table) {
    return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
  }
}
