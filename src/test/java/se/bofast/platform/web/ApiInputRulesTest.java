package se.bofast.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.landlord.TestOrganisationNumbers;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/**
 * The inputs that answered 500 or were accepted though wrong when /api was tried from
 * outside (issue 9), one by one: each is now 400 application/problem+json naming the
 * field with a Swedish message, and nothing is stored.
 */
@AppTest
class ApiInputRulesTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  TestHttp http;
  static Map<String, String> ids;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    if (ids == null) {
      ids = Map.of(
          "CLIENT", id(http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Regler\",\"needs\":\"BOTH\"}")),
          "PARTNER", id(http.postJson("/api/partners", "bosse", "demo", "{\"kind\":\"LANDLORD\",\"name\":\"Regel AB\","
              + "\"organisationNumber\":\"" + TestOrganisationNumbers.next() + "\"}")),
          "APARTMENT", id(http.postJson("/api/apartments", "bosse", "demo", apartment("\"Regelgatan 1\""))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
      "NUL in a street | bosse | /api/apartments | APARTMENT_NUL | street",
      "60,000 characters street | bosse | /api/apartments | APARTMENT_LONG | street",
      "a boolean for a text | bosse | /api/apartments | APARTMENT_BOOLEAN | city",
      "NUL in a tenant's name | intake | /api/eviction-signals | SIGNAL_NUL | tenant.name",
      "right-to-left override in a tenant's name | intake | /api/eviction-signals | SIGNAL_RLO | tenant.name",
      "rent debt of 10^10 | intake | /api/eviction-signals | SIGNAL_DEBT | rentDebtSek",
      "an enum as its ordinal | intake | /api/eviction-signals | SIGNAL_ORDINAL | source",
      "a notice served in year -1 | intake | /api/eviction-signals | SIGNAL_YEAR_MINUS_1 | noticeServedDate",
      "an eviction in year 999,999,999 | intake | /api/eviction-signals | SIGNAL_FAR | evictionDate",
      "NUL in a first name | kim | /api/clients | CLIENT_NUL | firstName",
      "ESC in a last name | kim | /api/clients | CLIENT_ESC | lastName",
      "a key given twice | kim | /api/clients | CLIENT_DUPLICATE | needs",
      "personnummer born 1850 | kim | /api/clients | CLIENT_1850 | personalNumber",
      "NUL in the identification | kim | /api/clients/CLIENT/identification | IDENTIFICATION_NUL | lastName",
      "NUL in a contact person's name | bosse | /api/partners/PARTNER/contact-persons | PERSON_NUL | name",
      "a contact on -999999999-01-01 | bosse | /api/partners/PARTNER/contacts | CONTACT_MIN | date",
      "a number as validFrom | bosse | /api/partners/PARTNER/agreements | AGREEMENT_NUMBER | validFrom",
      "an agreement from 1899 | bosse | /api/partners/PARTNER/agreements | AGREEMENT_1899 | validFrom",
      "an empty array as validFrom | bosse | /api/partners/PARTNER/agreements | AGREEMENT_EMPTY_ARRAY | validFrom",
      "[year, month, day] as validFrom | bosse | /api/partners/PARTNER/agreements | AGREEMENT_ARRAY | validFrom",
      "an object as a notification date | intake | /api/eviction-signals | SIGNAL_DATE_OBJECT | socialServicesNotifiedDate",
      "an array as an eviction date | intake | /api/eviction-signals | SIGNAL_DATE_ARRAY | evictionDate",
      "a line break in a partner's name | bosse | /api/partners | PARTNER_NEWLINE | name"})
  void refusedNamingTheFieldAndNothingStored(String name, String user, String path, String body, String field) {
    RowCounts rows = new RowCounts(jdbc);
    Map<String, Long> before = rows.now();
    Response response = http.postJson(path.replace("CLIENT", ids.get("CLIENT")).replace("PARTNER", ids.get("PARTNER")),
        user, "demo", body(body));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode errors = response.json().get("errors");
    assertThat(errors).as(response.body()).anySatisfy(error -> {
      assertThat(error.get("field").asText()).isEqualTo(field);
      assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
    });
    assertThat(rows.now()).as("nothing stored").isEqualTo(before);
  }

  @org.junit.jupiter.api.Test
  void lineBreaksAreKeptInFreeTextNotes() {
    Response response = http.postJson("/api/partners/" + ids.get("PARTNER") + "/contacts", "bosse", "demo",
        "{\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"channel\":\"PHONE\",\"subject\":\"Två frågor:\\n1. hyran\\n2. "
            + "nycklarna\",\"outcome\":\"Klart\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.json().get("subject").asText()).isEqualTo("Två frågor:\n1. hyran\n2. nycklarna");
  }

  private static String body(String name) {
    String today = LocalDate.now().toString();
    return switch (name) {
      case "APARTMENT_NUL" -> apartment("\"Storgatan\\u0000 1\"");
      case "APARTMENT_LONG" -> apartment("\"" + "x".repeat(60_000) + "\"");
      case "APARTMENT_BOOLEAN" -> apartment("\"Storgatan 1\"").replace("\"Stockholm\"", "true");
      case "SIGNAL_NUL" -> signal("\"Tove\\u0000Ek\"", "");
      case "SIGNAL_RLO" -> signal("\"Tove \\u202Ekeg\"", "");
      case "SIGNAL_DEBT" -> signal("\"Tove Ek\"", ",\"rentDebtSek\":10000000000");
      case "SIGNAL_ORDINAL" -> signal("\"Tove Ek\"", "").replace("\"LANDLORD\"", "1");
      case "SIGNAL_YEAR_MINUS_1" -> signal("\"Tove Ek\"", ",\"noticeServedDate\":\"-0001-06-01\"");
      case "SIGNAL_FAR" -> signal("\"Tove Ek\"", ",\"evictionDate\":\"+999999999-06-01T09:00\"");
      case "CLIENT_NUL" -> client("\"Anna\\u0000\"", "\"Berg\"", TestPersonnummer.next());
      case "CLIENT_ESC" -> client("\"Anna\"", "\"\\u001b[31mBerg\"", TestPersonnummer.next());
      case "CLIENT_DUPLICATE" -> client("\"Anna\"", "\"Berg\"", TestPersonnummer.next())
          .replace("{", "{\"needs\":\"BOTH\",");
      case "CLIENT_1850" -> client("\"Anna\"", "\"Berg\"", "18500101-1237");
      case "IDENTIFICATION_NUL" -> "{\"personalNumber\":\"" + TestPersonnummer.next()
          + "\",\"firstName\":\"Nils\",\"lastName\":\"Åb\\u0000erg\"}";
      case "PERSON_NUL" -> "{\"name\":\"Per\\u0000Ek\",\"phone\":\"08-123 456\"}";
      case "CONTACT_MIN" -> "{\"date\":\"-999999999-01-01\",\"channel\":\"PHONE\",\"subject\":\"A\",\"outcome\":\"B\"}";
      case "AGREEMENT_NUMBER" -> "{\"apartmentId\":" + ids.get("APARTMENT") + ",\"validFrom\":20000}";
      case "AGREEMENT_1899" -> "{\"apartmentId\":" + ids.get("APARTMENT") + ",\"validFrom\":\"1899-12-31\"}";
      case "AGREEMENT_EMPTY_ARRAY" -> "{\"apartmentId\":" + ids.get("APARTMENT") + ",\"validFrom\":[]}";
      case "AGREEMENT_ARRAY" -> "{\"apartmentId\":" + ids.get("APARTMENT") + ",\"validFrom\":[2026,1,5]}";
      case "SIGNAL_DATE_OBJECT" -> signal("\"Tove Ek\"", ",\"socialServicesNotifiedDate\":{\"a\":1}");
      case "SIGNAL_DATE_ARRAY" -> signal("\"Tove Ek\"", ",\"evictionDate\":[]");
      case "PARTNER_NEWLINE" -> "{\"kind\":\"LANDLORD\",\"name\":\"Rad\\nbrytning AB\",\"organisationNumber\":\""
          + TestOrganisationNumbers.next() + "\"}";
      default -> throw new IllegalArgumentException(name + " " + today);
    };
  }

  private static String apartment(String street) {
    return "{\"street\":" + street + ",\"postalCode\":\"113 21\",\"city\":\"Stockholm\","
        + "\"landlordName\":\"Familjebostäder\",\"kind\":\"TRANINGSLAGENHET\"}";
  }

  private static String signal(String tenantName, String extra) {
    return "{\"externalReference\":\"RULES-" + System.nanoTime() + "\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
        + "\"tenant\":{\"personnummer\":\"" + TestPersonnummer.next() + "\",\"name\":" + tenantName + "},"
        + "\"address\":{\"street\":\"Sveavägen 1\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"}" + extra + "}";
  }

  private static String client(String first, String last, String personnummer) {
    return "{\"personalNumber\":\"" + personnummer + "\",\"firstName\":" + first + ",\"lastName\":" + last
        + ",\"needs\":\"ADDICTION\"}";
  }

  private static String id(Response created) {
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asText();
  }
}
