package se.bofast.platform.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import se.bofast.landlord.TestOrganisationNumbers;

/**
 * A valid request for each write endpoint of /api, the starting point of the fuzz test's
 * mutations: its path's ids and a body with every field the endpoint reads. Fresh numbers
 * and references on each call, so that an unmutated seed is accepted (or refused for a
 * reason of the register, such as a client identified already). An endpoint without a
 * seed fails the fuzz test.
 */
final class ApiFuzzSeeds {

  /** The ids the fuzz test created before it started. */
  record Ids(long client, long unidentifiedClient, long partner, long partnerToDeactivate, long apartment,
      long journalEntry, long evictionCase, long caseJournalEntry) {
  }

  /** A valid request: path variables and a JSON body (null: the endpoint reads none). */
  record Seed(Map<String, String> path, String body) {
  }

  private ApiFuzzSeeds() {
  }

  static Map<String, Function<FuzzValues, Seed>> of(Ids ids) {
    String past = LocalDate.now().minusDays(10).toString();
    Map<String, String> client = Map.of("id", String.valueOf(ids.client()));
    Map<String, String> partner = Map.of("id", String.valueOf(ids.partner()));
    Map<String, String> entry = Map.of("id", String.valueOf(ids.client()), "entryId", String.valueOf(ids.journalEntry()));
    Map<String, String> evictionCase = Map.of("caseId", String.valueOf(ids.evictionCase()));
    Map<String, String> caseEntry = Map.of("caseId", String.valueOf(ids.evictionCase()),
        "entryId", String.valueOf(ids.caseJournalEntry()));
    return Map.ofEntries(
        Map.entry("POST /api/clients", f -> new Seed(Map.of(), f.chance(50)
            ? "{\"personalNumber\":\"" + f.personnummer() + "\",\"firstName\":\"Anna\",\"lastName\":\"Berg\","
                + "\"childrenInHousehold\":1,\"needs\":\"ADDICTION\"}"
            : "{\"alias\":\"Mannen vid bron\",\"needs\":\"BOTH\"}")),
        Map.entry("POST /api/clients/{id}/identification", f -> new Seed(
            Map.of("id", String.valueOf(ids.unidentifiedClient())),
            "{\"personalNumber\":\"" + f.personnummer() + "\",\"firstName\":\"Nils\",\"lastName\":\"Åberg\"}")),
        Map.entry("POST /api/clients/{id}/facts", f -> new Seed(client,
            "{\"kind\":\"TREATMENT_COMPLETED\",\"date\":\"" + past + "\"}")),
        Map.entry("POST /api/clients/{id}/journal", f -> new Seed(client, journalEntry(f, past))),
        Map.entry("POST /api/clients/{id}/journal/{entryId}/corrections", f -> new Seed(entry, journalEntry(f, past))),
        Map.entry("POST /api/clients/{id}/journal/{entryId}/signature", f -> new Seed(entry, null)),
        Map.entry("POST /api/eviction-cases/{caseId}/journal", f -> new Seed(evictionCase, caseJournalEntry(f, past))),
        Map.entry("POST /api/eviction-cases/{caseId}/journal/{entryId}/corrections",
            f -> new Seed(caseEntry, caseJournalEntry(f, past))),
        Map.entry("POST /api/eviction-cases/{caseId}/journal/{entryId}/signature", f -> new Seed(caseEntry, null)),
        Map.entry("PUT /api/clients/{id}/work-plan", f -> new Seed(client, workPlan(f))),
        Map.entry("PUT /api/clients/{id}/team/{role}", f -> new Seed(
            Map.of("id", String.valueOf(ids.client()), "role", "BOENDELOTS"), "{\"userId\":\"lotta\"}")),
        Map.entry("PUT /api/clients/{id}/protection", f -> new Seed(client, f.chance(50)
            ? "{\"marking\":\"SKYDDAD_FOLKBOKFORING\",\"memberPersonalNumber\":\"" + f.personnummer() + "\"}"
            : "{\"marking\":\"SEKRETESSMARKERING\"}")),
        // a handover of one person's roles to another of the same group: kim has none on this client
        Map.entry("POST /api/staff/{userId}/handover", f -> new Seed(Map.of("userId", "lotta"),
            "{\"toUserId\":\"lotta\",\"role\":\"BOENDELOTS\"}")),
        Map.entry("POST /api/apartments", f -> new Seed(Map.of(),
            "{\"street\":\"Storgatan 1\",\"postalCode\":\"113 21\",\"city\":\"Stockholm\","
                + "\"landlordName\":\"Familjebostäder\",\"kind\":\"TRANINGSLAGENHET\"}")),
        Map.entry("POST /api/journeys/{caseNumber}/interruptions", f -> new Seed(
            Map.of("caseNumber", "VK-2026-" + (90000 + f.nextInt(9999))),
            "{\"cause\":\"RELAPSE\",\"date\":\"" + past + "\"}")),
        Map.entry("POST /api/eviction-signals", f -> new Seed(Map.of(),
            "{\"externalReference\":\"FUZZ-" + System.nanoTime() + "\",\"source\":\"LANDLORD\","
                + "\"type\":\"RENT_ARREARS\",\"tenant\":{\"personnummer\":\"" + f.personnummer()
                + "\",\"name\":\"Tove Ek\"},\"address\":{\"street\":\"Sveavägen 1\",\"postalCode\":\"113 59\","
                + "\"city\":\"Stockholm\"},\"landlord\":{\"name\":\"Familjebostäder\",\"organisationNumber\":\""
                + TestOrganisationNumbers.next() + "\"},\"childrenInHousehold\":0,\"rentDebtSek\":12500.50,"
                + "\"noticeServedDate\":\"" + past + "\",\"socialServicesNotifiedDate\":\"" + past + "\","
                + "\"evictionDate\":\"" + LocalDate.now().plusMonths(2) + "T09:30\"}")),
        Map.entry("POST /api/partners", f -> new Seed(Map.of(),
            "{\"kind\":\"LANDLORD\",\"name\":\"Hyresbolaget AB\",\"organisationNumber\":\""
                + TestOrganisationNumbers.next() + "\",\"contactInterval\":\"P3M\"}")),
        Map.entry("POST /api/partners/{id}/contact-persons", f -> new Seed(partner,
            "{\"name\":\"Per Ek\",\"role\":\"Förvaltare\",\"phone\":\"08-123 456\",\"email\":\"per@example.se\"}")),
        Map.entry("POST /api/partners/{id}/contacts", f -> new Seed(partner,
            "{\"date\":\"" + past + "\",\"channel\":\"PHONE\",\"subject\":\"Lediga lägenheter\\nvåren\","
                + "\"outcome\":\"Två lediga\",\"evictionCaseNumber\":\"VR-2026-00001\","
                + "\"journeyCaseNumber\":\"VK-2026-00001\"}")),
        Map.entry("POST /api/partners/{id}/agreements", f -> new Seed(partner,
            "{\"apartmentId\":" + ids.apartment() + ",\"validFrom\":\"" + past + "\"}")),
        Map.entry("POST /api/partners/{id}/apartment-needs", f -> new Seed(partner,
            "{\"kind\":\"TRANINGSLAGENHET\",\"count\":2}")),
        Map.entry("PUT /api/partners/{id}/contact-interval", f -> new Seed(partner,
            "{\"contactInterval\":\"P6W\"}")),
        Map.entry("PUT /api/me/notification-settings", f -> new Seed(Map.of(),
            "{\"digest\":" + f.chance(50) + ",\"urgent\":" + f.chance(50) + "}")),
        Map.entry("POST /api/partners/{id}/deactivation", f -> new Seed(
            Map.of("id", String.valueOf(ids.partnerToDeactivate())), null)),
        // the enhetschef's review: a month that has ended; a mark on a finding (none to mark: 404 unmutated)
        Map.entry("POST /api/access-log/reviews", f -> new Seed(Map.of(),
            "{\"month\":\"" + java.time.YearMonth.now().minusMonths(1 + f.nextInt(24)) + "\"}")),
        Map.entry("POST /api/access-log/anomalies/{anomalyId}/review", f -> new Seed(
            Map.of("anomalyId", "999999999"), "{\"comment\":\"Kontrollerat.\\nArbetsrelaterat.\"}")));
  }

  /** An entry of an eviction case's journal: the case is the path's, so the body names none. */
  private static String caseJournalEntry(FuzzValues f, String past) {
    return "{\"kind\":\"" + (f.chance(50) ? "TELEPHONE" : "DECISION") + "\",\"eventDate\":\"" + past
        + "\",\"text\":\"Samtal med hyresgästen.\\nSkulden betalas.\",\"sign\":" + f.chance(50) + "}";
  }

  private static String workPlan(FuzzValues f) {
    String who = f.chance(50) ? "{\"what\":\"Autogiro för hyran\",\"responsibleKind\":\"STAFF\",\"responsible\":\"lotta\"}"
        : "{\"what\":\"Betalar hyran\",\"responsibleKind\":\"CLIENT\"}";
    return "{\"areas\":[{\"area\":\"RENT\",\"goal\":\"Hyran betalas\\nden 25:e\",\"actions\":[" + who + "]},"
        + "{\"area\":\"TENANCY_LAW\",\"goal\":\"Känner till reglerna\",\"actions\":[{\"what\":\"Kontraktet\","
        + "\"responsibleKind\":\"ROLE\",\"responsible\":\"BOENDELOTS\"}]},"
        + "{\"area\":\"TREATMENT\",\"goal\":\"Beroendevården\",\"actions\":[]},"
        + "{\"area\":\"NEIGHBOUR\",\"goal\":\"Lugnt i trapphuset\"}],"
        + "\"rentDebtContact\":{\"userId\":\"sara\",\"agreement\":\"Ringer samma dag\"},"
        + "\"followUpOn\":\"" + LocalDate.now().plusDays(30) + "\"}";
  }

  private static String journalEntry(FuzzValues f, String past) {
    return "{\"kind\":\"" + (f.chance(50) ? "VISIT" : "NOTE") + "\",\"eventDate\":\"" + past
        + "\",\"text\":\"Hembesök.\\nKlienten mår bra.\",\"caseNumber\":\"VR-2026-00001\",\"sign\":true}";
  }
}
