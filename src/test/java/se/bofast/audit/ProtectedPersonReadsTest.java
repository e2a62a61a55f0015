package se.bofast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.ProtectionMarking;
import se.bofast.client.ProtectionMarkings;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * The review rule PROTECTED_PERSON on a fixed month of reads (May 2019): every read of a protected
 * client, whoever reads it (the team and the enhetschef included), is in exactly one finding per
 * reader, day and client (or eviction case with a protected tenant); reads of other clients, changes and reads outside the month are not.
 */
@AppTest
class ProtectedPersonReadsTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired AccessReview review;
  @Autowired ProtectionMarkings markings;

  @Test
  void everyReadOfAProtectedClientIsFlaggedPerReaderDayAndClient() {
    TestHttp http = new TestHttp(port);
    long shielded = client(http);
    long ordinary = client(http);
    long member = client(http);
    markings.set(shielded, ProtectionMarking.SKYDDAD_FOLKBOKFORING, null, "eva");
    markings.set(member, ProtectionMarking.FINGERADE_PERSONUPPGIFTER, "19800101-1231", "eva");
    long protectedCase = evictionCase(http, "19800101-1231");   // the household member is the tenant

    long first = read("kim", shielded, LocalDateTime.of(2019, 5, 6, 9, 0));
    read("kim", shielded, LocalDateTime.of(2019, 5, 6, 15, 0));          // the same finding
    long evas = read("eva", shielded, LocalDateTime.of(2019, 5, 7, 10, 0));
    long saras = read("sara", shielded, LocalDateTime.of(2019, 5, 7, 11, 0));
    long lottas = read("lotta", member, LocalDateTime.of(2019, 5, 8, 10, 0)); // a household member's marking
    read("lotta", ordinary, LocalDateTime.of(2019, 5, 8, 10, 5));          // not protected
    insert("kim", "CHANGE", shielded, null, LocalDateTime.of(2019, 5, 9, 10, 0));  // a change, not a read
    long bosses = insert("bosse", "READ", null, protectedCase, LocalDateTime.of(2019, 5, 9, 10, 0));
    insert("bosse", "READ", null, 9_400_001L, LocalDateTime.of(2019, 5, 9, 10, 1)); // another case
    read("kim", shielded, LocalDateTime.of(2019, 4, 30, 23, 0));           // not in the month
    read("kim", shielded, LocalDateTime.of(2019, 6, 1, 0, 30));            // not in the month

    List<ReviewRule.Finding> flagged = review.findings(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31)).stream()
        .filter(f -> ReviewRule.PROTECTED_PERSON.equals(f.kind())).toList();
    assertThat(flagged).extracting(f -> f.day() + " " + f.userId() + " " + f.clientId() + " " + f.readCount()
        + " " + f.firstLogId()).containsExactly(
            "2019-05-06 kim " + shielded + " 2 " + first,
            "2019-05-07 eva " + shielded + " 1 " + evas,
            "2019-05-07 sara " + shielded + " 1 " + saras,
            "2019-05-08 lotta " + member + " 1 " + lottas,
            "2019-05-09 bosse null 1 " + bosses);
    assertThat(flagged.get(4).caseId()).isEqualTo(protectedCase);
    assertThat(ReviewRule.label(ReviewRule.PROTECTED_PERSON)).isEqualTo("Läsning av person med skyddade personuppgifter");
  }

  private long client(TestHttp http) {
    Response created = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Skyddad\",\"needs\":\"BOTH\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private long evictionCase(TestHttp http, String tenant) {
    Response signal = http.postJson("/api/eviction-signals", "intake", "demo", "{\"externalReference\":\"GR-"
        + System.nanoTime() + "\",\"source\":\"LANDLORD\",\"type\":\"DISTURBANCE\",\"tenant\":{\"personnummer\":\""
        + tenant + "\",\"name\":\"Tove Ek\"},\"address\":{\"street\":\"Granskningsgatan " + System.nanoTime() % 1000
        + "\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"},\"landlord\":{\"name\":\"Familjebostäder\","
        + "\"organisationNumber\":\"556677-8899\"},\"childrenInHousehold\":0}");
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    return signal.json().get("caseId").asLong();
  }

  private long read(String user, long client, LocalDateTime when) {
    return insert(user, "READ", client, null, when);
  }

  private long insert(String user, String operation, Long client, Long caseId, LocalDateTime when) {
    OffsetDateTime at = when.atZone(Staff.STOCKHOLM).toOffsetDateTime();
    jdbc.update("INSERT INTO access_log (occurred_at, user_id, operation, channel, endpoint, client_id, case_id)"
        + " VALUES (?, ?, ?, 'API', ?, ?, ?)", at, user, operation,
        client != null ? "GET /api/clients/{id}" : "GET /api/eviction-cases/{caseId}", client, caseId);
    return jdbc.queryForObject("SELECT max(id) FROM access_log WHERE user_id = ?", Long.class, user);
  }
}
