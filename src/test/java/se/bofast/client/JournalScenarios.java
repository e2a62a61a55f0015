package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.JournalRequests;
import se.bofast.support.TestHttp.Response;

/**
 * A client's journal over /api, on whichever database the subclass runs the application:
 * entries are added, read in event-date order, signed by their author once, corrected by new
 * entries, and never changed or deleted through any endpoint.
 */
abstract class JournalScenarios extends JournalRequests {

  static final String TODAY = LocalDate.now(ClientConstants.ZONE).toString();

  @Autowired
  ClientTeam team;

  long client;

  @BeforeEach
  void aClient() {
    Response created = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Journalen\",\"needs\":\"BOTH\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    client = created.json().get("id").asLong();
    onTheTeam(client);
  }

  /** Whoever writes here is on the client's team: only the team, its tasks' roles and the enhetschef read the journal. */
  void onTheTeam(long clientId) {
    team.assign(clientId, TeamRole.CASE_MANAGER, "kim", "eva");
    team.assign(clientId, TeamRole.BOENDELOTS, "lotta", "eva");
    team.assign(clientId, TeamRole.SOCIALSEKRETERARE, "sara", "eva");
    team.assign(clientId, TeamRole.BOSAMORDNARE, "bosse", "eva");
  }

  @Override
  protected String journal() {
    return "/api/clients/" + client + "/journal";
  }

  @Test
  void anEntryIsWrittenWithItsAuthorAndTheServersTime() {
    Instant before = Instant.now().minusSeconds(1);
    Response response = write("lotta", "{\"kind\":\"VISIT\",\"eventDate\":\"2026-11-02\","
        + "\"text\":\"  Hembesök i träningslägenheten.\\nRent och snyggt.  \",\"caseNumber\":\"VR-2026-00042\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode entry = response.json();
    long id = entry.get("id").asLong();
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(entry.get("clientId").asLong()).isEqualTo(client);
    assertThat(entry.get("kind").asText()).isEqualTo("VISIT");
    assertThat(entry.get("kindLabel").asText()).isEqualTo("Besök");
    assertThat(entry.get("eventDate").asText()).isEqualTo("2026-11-02");
    assertThat(entry.get("text").asText()).isEqualTo("Hembesök i träningslägenheten.\nRent och snyggt.");
    assertThat(entry.get("caseNumber").asText()).isEqualTo("VR-2026-00042");
    assertThat(entry.get("writtenBy").asText()).isEqualTo("lotta");
    assertThat(entry.get("writtenByName").asText()).isEqualTo("Lotta Bergström");
    assertThat(Instant.parse(entry.get("writtenAt").asText())).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(entry.get("signed").asBoolean()).isFalse();
    assertThat(entry.get("signedAt").isNull()).isTrue();
    assertThat(entry.get("corrects").isNull()).isTrue();
    assertThat(entry.get("correctedBy").isNull()).isTrue();

    Response read = http.get(journal() + "/" + id, "eva", "demo");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(entry);
    assertThat(http.get(journal() + "?caseNumber=VR-2026-00042", "bosse", "demo").json())
        .extracting(e -> e.get("id").asLong()).containsExactly(id);
    assertThat(http.get(journal() + "?caseNumber=VR-2026-00043", "bosse", "demo").json()).isEmpty();
  }

  @Test
  void theJournalIsReadByEventDateThenByWhenWritten() {
    long late = written("kim", "NOTE", "2026-10-20", "Tredje", true).get("id").asLong();
    long early = written("sara", "DECISION", "2026-09-01", "Första", false).get("id").asLong();
    long sameDayLater = written("bosse", "TELEPHONE", "2026-10-20", "Fjärde", false).get("id").asLong();
    long middle = written("lotta", "CONTACT", "2026-10-01", "Andra", true).get("id").asLong();

    Response read = http.get(journal(), "eva", "demo");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).extracting(e -> e.get("id").asLong()).containsExactly(early, middle, late, sameDayLater);
    assertThat(read.json()).extracting(e -> e.get("kindLabel").asText())
        .containsExactly("Beslut", "Kontakt", "Anteckning", "Telefon");
    assertThat(read.json()).extracting(e -> e.get("signed").asBoolean()).containsExactly(false, true, true, false);
  }

  @Test
  void onlyTheAuthorSignsAndOnlyOnce() {
    long id = written("sara", "DECISION", "2026-11-01", "Beslut om bistånd", false).get("id").asLong();
    String signature = journal() + "/" + id + "/signature";

    Response byColleague = http.postJson(signature, "kim", "demo", "");
    assertThat(byColleague.status()).isEqualTo(403);
    assertThat(byColleague.json().get("detail").asText()).isEqualTo("Bara den som skrev anteckningen kan signera den.");
    assertThat(http.postJson(signature, "eva", "demo", "").status()).isEqualTo(403);

    Response signed = http.postJson(signature, "sara", "demo", "");
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(signed.json().get("signed").asBoolean()).isTrue();
    assertThat(signed.json().get("signedBy").asText()).isEqualTo("sara");
    assertThat(signed.json().get("text").asText()).isEqualTo("Beslut om bistånd");
    String signedAt = signed.json().get("signedAt").asText();

    Response again = http.postJson(signature, "sara", "demo", "");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().get("detail").asText()).isEqualTo("Anteckningen är redan signerad.");
    assertThat(http.get(journal() + "/" + id, "sara", "demo").json().get("signedAt").asText()).isEqualTo(signedAt);
  }

  @Test
  void aCorrectionIsANewEntryThatPointsToTheOriginalWhichStays() {
    JsonNode original = written("kim", "CONTACT", "2026-11-10", "Träffade klienten på Stadsmissionen", true);
    long originalId = original.get("id").asLong();

    Response correction = http.postJson(journal() + "/" + originalId + "/corrections", "sara", "demo",
        "{\"kind\":\"CONTACT\",\"eventDate\":\"2026-11-11\",\"text\":\"Rättelse: mötet var den 11 november\",\"sign\":true}");
    assertThat(correction.status()).as(correction.body()).isEqualTo(201);
    long correctionId = correction.json().get("id").asLong();
    assertThat(correction.json().get("corrects").asLong()).isEqualTo(originalId);
    assertThat(correction.json().get("writtenBy").asText()).isEqualTo("sara");

    JsonNode originalNow = http.get(journal() + "/" + originalId, "kim", "demo").json();
    assertThat(originalNow.get("corrected").asBoolean()).isTrue();
    assertThat(originalNow.get("correctedBy").asLong()).isEqualTo(correctionId);
    for (String unchanged : List.of("text", "eventDate", "kind", "writtenAt", "writtenBy", "signedAt", "signedBy")) {
      assertThat(originalNow.get(unchanged)).as(unchanged).isEqualTo(original.get(unchanged));
    }
    assertThat(http.get(journal(), "kim", "demo").json()).extracting(e -> e.get("id").asLong())
        .containsExactly(originalId, correctionId);

    long before = rows();
    Response twice = http.postJson(journal() + "/" + originalId + "/corrections", "kim", "demo",
        "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-11\",\"text\":\"En till\"}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("detail").asText())
        .isEqualTo("Anteckningen är redan rättad (av anteckning " + correctionId + "). Rätta den senaste anteckningen i stället.");
    assertThat(rows()).isEqualTo(before);

    Response ofTheCorrection = http.postJson(journal() + "/" + correctionId + "/corrections", "kim", "demo",
        "{\"kind\":\"CONTACT\",\"eventDate\":\"2026-11-11\",\"text\":\"Rättelse av rättelsen\"}");
    assertThat(ofTheCorrection.status()).as(ofTheCorrection.body()).isEqualTo(201);
    assertThat(ofTheCorrection.json().get("corrects").asLong()).isEqualTo(correctionId);
  }

  @Test
  void noEndpointChangesOrDeletesAnEntry() {
    JsonNode signed = written("kim", "NOTE", "2026-11-12", "Signerad", true);
    JsonNode draft = written("kim", "NOTE", "2026-11-12", "Osignerad", false);
    assertNoEndpointChangesOrDeletes("kim", signed, draft);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "no text | {\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\"} | text | Skriv anteckningens text.",
      "blank text | {\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"  \\n \"} | text | Skriv anteckningens text.",
      "NUL in the text | {\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"a\\u0000b\"} | text | Texten innehåller ett otillåtet tecken (styrtecken, U+0000) på plats 2.",
      "direction override | {\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"a\\u202Eb\"} | text | Texten innehåller ett otillåtet tecken (tecken som ändrar textens riktning, U+202E) på plats 2.",
      "no kind | {\"eventDate\":\"2026-11-01\",\"text\":\"x\"} | kind | Ange vad anteckningen gäller: CONTACT, VISIT, DECISION, TELEPHONE eller NOTE.",
      "unknown kind | {\"kind\":\"EMAIL\",\"eventDate\":\"2026-11-01\",\"text\":\"x\"} | kind | Okänt värde 'EMAIL'. Tillåtna värden: CONTACT, VISIT, DECISION, TELEPHONE, NOTE.",
      "no date | {\"kind\":\"NOTE\",\"text\":\"x\"} | eventDate | Ange datum för händelsen.",
      "before 1900 | {\"kind\":\"NOTE\",\"eventDate\":\"1899-12-31\",\"text\":\"x\"} | eventDate | Datumet kan inte vara före 1900-01-01.",
      "in the future | {\"kind\":\"NOTE\",\"eventDate\":\"2099-01-01\",\"text\":\"x\"} | eventDate | Datumet får inte ligga i framtiden.",
      "not a date | {\"kind\":\"NOTE\",\"eventDate\":\"igår\",\"text\":\"x\"} | eventDate | Ogiltigt datum 'igår'. Skriv ÅÅÅÅ-MM-DD med ett datum som finns.",
      "case number of a journey | {\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"x\",\"caseNumber\":\"VK-2026-00001\"} | caseNumber | Ange ett ärendenummer för vräkningsförebyggande (VR-ÅÅÅÅ-NNNNN).",
      "author given | {\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"x\",\"writtenBy\":\"eva\"} | writtenBy | Okänt fält: writtenBy.",
      "signed at given | {\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"x\",\"signedAt\":\"2026-11-01T10:00:00Z\"} | signedAt | Okänt fält: signedAt.",
      "sign not a boolean | {\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"x\",\"sign\":\"ja\"} | sign | Ogiltigt värde. Ange true eller false."})
  void badEntriesAreRefusedNamingTheFieldAndNothingIsStored(String what, String json, String field, String message) {
    long before = rows();
    Response response = write("kim", json);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText() + ": " + e.get("message").asText())
        .containsExactly(field + ": " + message);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    long before = rows();
    Response response = write("kim", "{\"eventDate\":\"2099-01-01\",\"text\":\"" + "x".repeat(4001) + "\"}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("detail").asText()).isEqualTo("Uppgifterna innehåller 3 fel.");
    assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText() + ": " + e.get("message").asText())
        .containsExactly("kind: Ange vad anteckningen gäller: CONTACT, VISIT, DECISION, TELEPHONE eller NOTE.",
            "eventDate: Datumet får inte ligga i framtiden.", "text: Högst 4000 tecken.");
    assertThat(rows()).isEqualTo(before);
    assertThat(write("kim", "{\"kind\":\"NOTE\",\"eventDate\":\"" + TODAY + "\",\"text\":\"" + "å".repeat(4000) + "\"}")
        .status()).as("4,000 characters and today are fine").isEqualTo(201);
  }

  @Test
  void whoMayReadAndWrite() {
    String body = "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-01\",\"text\":\"x\"}";
    for (String writer : List.of("kim", "lotta", "bosse", "sara")) {
      assertThat(write(writer, body).status()).as(writer).isEqualTo(201);
      assertThat(http.get(journal(), writer, "demo").status()).as(writer).isEqualTo(200);
    }
    long before = rows();
    assertThat(write("eva", body).status()).isEqualTo(403);
    assertThat(http.get(journal(), "eva", "demo").json()).hasSize(4);
    for (String refused : List.of("admin", "intake")) {
      assertThat(write(refused, body).status()).as(refused).isEqualTo(403);
      assertThat(http.get(journal(), refused, "demo").status()).as(refused).isEqualTo(403);
    }
    assertThat(http.get(journal(), null, null).status()).isEqualTo(401);
    assertThat(rows()).isEqualTo(before);

    Response unknownClient = http.postJson("/api/clients/987654321/journal", "kim", "demo", body);
    assertThat(unknownClient.status()).isEqualTo(404);
    assertThat(unknownClient.json().get("detail").asText()).isEqualTo("Klienten finns inte (id 987654321).");
    long entry = written("kim", "NOTE", "2026-11-01", "x", false).get("id").asLong();
    long other = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Andra\",\"needs\":\"BOTH\"}").json()
        .get("id").asLong();
    onTheTeam(other);
    Response otherClients = http.get("/api/clients/" + other + "/journal/" + entry, "kim", "demo");
    assertThat(otherClients.status()).as("an entry is found only under its own client").isEqualTo(404);
    assertThat(http.postJson("/api/clients/" + other + "/journal/" + entry + "/signature", "kim", "demo", "")
        .status()).isEqualTo(404);
  }

  @Test
  void nothingOfAJournalTextReachesTheEngine() {
    String marker = marker();
    long id = written("kim", "CONTACT", "2026-11-03", "Samtal " + marker, false).get("id").asLong();
    assertThat(http.postJson(journal() + "/" + id + "/signature", "kim", "demo", "").status()).isEqualTo(200);
    String correction = "{\"kind\":\"CONTACT\",\"eventDate\":\"2026-11-03\",\"text\":\"Rättat " + marker + "\"}";
    assertThat(http.postJson(journal() + "/" + id + "/corrections", "kim", "demo", correction).status()).isEqualTo(201);
    List<Response> refusals = List.of(
        http.postJson(journal() + "/" + id + "/corrections", "kim", "demo", correction),
        write("kim", "{\"kind\":\"NOTE\",\"eventDate\":\"2099-01-01\",\"text\":\"" + marker + "\\u0000\"}"),
        write("kim", "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-03\",\"text\":\"" + marker + "x".repeat(4000) + "\"}"),
        write("eva", "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-03\",\"text\":\"" + marker + "\"}"));
    assertThat(refusals).extracting(Response::status).containsExactly(409, 400, 400, 403);
    assertThat(refusals).extracting(Response::body).noneMatch(body -> body.contains(marker));

    assertThat(EngineTables.holding(jdbc, "client_journal_entry", marker)).as("the search finds what is there")
        .isEqualTo(2);
    List<String> engineTables = EngineTables.names(jdbc);
    assertThat(engineTables).as("the engine's tables").hasSizeGreaterThan(40);
    for (String table : engineTables) {
      assertThat(EngineTables.holding(jdbc, table, marker)).as(table).isZero();
    }
  }

  /** A text no other test writes, to search for afterwards. */
  static String marker() {
    return "JOURNALMARKER" + UUID.randomUUID().toString().replace("-", "");
  }
}
