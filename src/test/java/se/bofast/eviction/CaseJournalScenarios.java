package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.client.ClientService;
import se.bofast.client.EngineTables;
import se.bofast.housing.JourneyReferrals;
import se.bofast.landlord.TestOrganisationNumbers;
import se.bofast.support.JournalRequests;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/**
 * An eviction case's journal over /api (issue 13, item 2), on whichever database the subclass
 * runs: entries for a tenant who is no client are written, read in event-date order, signed once
 * by their author, corrected by new entries and never changed or deleted through any endpoint; a
 * chain client's case writes the client's journal with the case number.
 */
abstract class CaseJournalScenarios extends JournalRequests {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  JourneyReferrals referrals;
  @Autowired
  ClientService clients;

  long caseId;
  String caseNumber;
  final List<String> instances = new ArrayList<>();

  @BeforeEach
  void aCase() {
    JsonNode opened = signal(TestPersonnummer.next());
    caseId = opened.get("caseId").asLong();
    caseNumber = opened.get("caseNumber").asText();
  }

  @AfterEach
  void deleteInstances() {
    EvictionProcessTest.deleteOpenInstances(runtimeService, instances);
  }

  JsonNode signal(String pnr) {
    Response response = http.postJson(EvictionConstants.API_SIGNALS, "bosse", "demo",
        "{\"externalReference\":\"CJ-" + UUID.randomUUID() + "\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
            + "\"tenant\":{\"personnummer\":\"" + pnr + "\",\"name\":\"Tove Ek\"},\"address\":{\"street\":\""
            + HouseholdCaseTest.street(pnr) + "\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"},"
            + "\"landlord\":{\"name\":\"Familjebostäder\",\"organisationNumber\":\"" + TestOrganisationNumbers.next()
            + "\"},\"childrenInHousehold\":0,\"rentDebtSek\":8000}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    instances.add(response.json().get("processInstanceId").asText());
    return response.json();
  }

  @Override
  protected String journal() {
    return "/api/eviction-cases/" + caseId + "/journal";
  }

  @Test
  void anEntryOfACaseWhoseTenantIsNoClientIsWrittenReadSignedAndCorrected() {
    String yesterday = LocalDate.now(se.bofast.client.ClientConstants.ZONE).minusDays(1).toString();
    JsonNode later = written("bosse", "TELEPHONE", yesterday, "Samtal med hyresgästen.\\nSkulden ska betalas.", false);
    JsonNode earlier = written("sara", "DECISION", "2026-11-01", "Beslut om bistånd", true);
    long id = later.get("id").asLong();
    assertThat(later.get("clientId").isNull()).as("the tenant is no client").isTrue();
    assertThat(later.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(later.get("kindLabel").asText()).isEqualTo("Telefon");
    assertThat(later.get("text").asText()).isEqualTo("Samtal med hyresgästen.\nSkulden ska betalas.");
    assertThat(later.get("writtenByName").asText()).isEqualTo("Bo Sandberg");
    assertThat(later.get("signed").asBoolean()).isFalse();

    Response read = http.get(journal(), "eva", "demo");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).extracting(e -> e.get("id").asLong())
        .containsExactly(earlier.get("id").asLong(), id);
    assertThat(http.get(journal() + "/" + id, "sara", "demo").json()).isEqualTo(later);

    Response byColleague = http.postJson(journal() + "/" + id + "/signature", "sara", "demo", "");
    assertThat(byColleague.status()).isEqualTo(403);
    Response signed = http.postJson(journal() + "/" + id + "/signature", "bosse", "demo", "");
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(signed.json().get("signedBy").asText()).isEqualTo("bosse");
    assertThat(http.postJson(journal() + "/" + id + "/signature", "bosse", "demo", "").status()).isEqualTo(409);

    Response correction = http.postJson(journal() + "/" + id + "/corrections", "sara", "demo",
        "{\"kind\":\"TELEPHONE\",\"eventDate\":\"" + yesterday + "\",\"text\":\"Rättelse: skulden betalas i två delar\",\"sign\":true}");
    assertThat(correction.status()).as(correction.body()).isEqualTo(201);
    assertThat(correction.json().get("corrects").asLong()).isEqualTo(id);
    assertThat(correction.json().get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(correction.json().get("clientId").isNull()).isTrue();
    JsonNode original = http.get(journal() + "/" + id, "bosse", "demo").json();
    assertThat(original.get("corrected").asBoolean()).isTrue();
    assertThat(original.get("text")).isEqualTo(later.get("text"));
  }

  @Test
  void noEndpointChangesOrDeletesAnEntryOfTheCase() {
    JsonNode signed = written("bosse", "NOTE", "2026-11-12", "Signerad", true);
    JsonNode draft = written("bosse", "NOTE", "2026-11-12", "Osignerad", false);
    assertNoEndpointChangesOrDeletes("bosse", signed, draft);
  }

  @Test
  void whoMayReadAndWriteAndWhatIsRefused() {
    String body = "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"x\"}";
    for (String writer : List.of("bosse", "sara")) {
      assertThat(write(writer, body).status()).as(writer).isEqualTo(201);
    }
    long before = rows();
    assertThat(write("eva", body).status()).isEqualTo(403);
    assertThat(http.get(journal(), "eva", "demo").json()).hasSize(2);
    for (String refused : List.of("kim", "lotta", "admin", "intake")) {
      assertThat(write(refused, body).status()).as(refused).isEqualTo(403);
      assertThat(http.get(journal(), refused, "demo").status()).as(refused).isEqualTo(403);
    }
    assertThat(http.get(journal(), null, null).status()).isEqualTo(401);

    Response unknownCase = http.postJson("/api/eviction-cases/987654321/journal", "bosse", "demo", body);
    assertThat(unknownCase.status()).isEqualTo(404);
    assertThat(unknownCase.json().get("detail").asText()).isEqualTo("Ärendet finns inte (id 987654321).");
    Response caseNumberGiven = write("bosse", "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"x\","
        + "\"caseNumber\":\"VR-2026-00001\"}");
    assertThat(caseNumberGiven.status()).isEqualTo(400);
    assertThat(caseNumberGiven.json().get("errors").get(0).get("field").asText()).isEqualTo("caseNumber");
    Response noText = write("bosse", "{\"kind\":\"NOTE\",\"eventDate\":\"2099-01-01\"}");
    assertThat(noText.status()).isEqualTo(400);
    assertThat(noText.json().get("errors")).extracting(e -> e.get("field").asText() + ": " + e.get("message").asText())
        .containsExactly("eventDate: Datumet får inte ligga i framtiden.", "text: Skriv anteckningens text.");
    assertThat(rows()).as("nothing stored").isEqualTo(before);

    long entry = written("bosse", "NOTE", "2026-11-01", "x", false).get("id").asLong();
    long otherCase = signal(TestPersonnummer.next()).get("caseId").asLong();
    assertThat(http.get("/api/eviction-cases/" + otherCase + "/journal/" + entry, "bosse", "demo").status())
        .as("an entry is found only under its own case").isEqualTo(404);
    assertThat(http.postJson("/api/eviction-cases/" + otherCase + "/journal/" + entry + "/signature", "bosse", "demo",
        "").status()).isEqualTo(404);
  }

  @Test
  void aChainClientsCaseWritesTheClientsJournalWithTheCaseNumber() {
    String pnr = TestPersonnummer.next();
    EvictionProcessTest.chainClient(referrals, pnr);
    long clientId = clients.findByPersonalNumber(pnr).orElseThrow().id();
    JsonNode opened = signal(pnr);
    caseId = opened.get("caseId").asLong();
    String number = opened.get("caseNumber").asText();

    String marker = "CASEJOURNALAPI" + UUID.randomUUID().toString().replace("-", "");
    JsonNode entry = written("sara", "NOTE", "2026-11-02", "Anteckning " + marker, true);
    assertThat(entry.get("clientId").asLong()).isEqualTo(clientId);
    assertThat(entry.get("caseNumber").asText()).isEqualTo(number);
    Response inTheClientsJournal = http.get("/api/clients/" + clientId + "/journal?caseNumber=" + number, "sara", "demo");
    assertThat(inTheClientsJournal.json()).extracting(e -> e.get("id").asLong())
        .containsExactly(entry.get("id").asLong());
    for (String table : EngineTables.names(jdbc)) {
      assertThat(EngineTables.holding(jdbc, table, marker)).as(table).isZero();
    }
  }
}
