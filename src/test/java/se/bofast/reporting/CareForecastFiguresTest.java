package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.Needs;
import se.bofast.housing.ApartmentService;
import se.bofast.housing.JourneyIntake;
import se.bofast.housing.JourneyIntake.ClientType;
import se.bofast.housing.JourneyIntake.StartCommand;
import se.bofast.housing.JourneyIntake.StartedJourney;
import se.bofast.housing.JourneyPlacements;
import se.bofast.housing.OutreachAndAssessment;
import se.bofast.housing.OutreachChannel;
import se.bofast.housing.PlacementReviews;
import se.bofast.housing.ReviewOutcome;
import se.bofast.housing.Situation;
import se.bofast.housing.Step;
import se.bofast.landlord.PartnerKind;
import se.bofast.landlord.PartnerRegister;
import se.bofast.landlord.PartnerRegister.NewPartner;
import se.bofast.landlord.TestOrganisationNumbers;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * The figures of issue 14 item 6, bullets 2–5, to the exact number on a known history built through the
 * modules' facades with a moved clock, on a database of its own (so no other suite's rows count). Today is
 * Wednesday 2031-05-14; day cost 1 030 kr (C2's training apartment 1 030,50 kr), own lease 0, a support
 * visit 500 kr.
 *
 * <pre>
 * Apartments: A1 training, in stock 01-10, converted in place to trial 03-15, left the stock 04-20 (takeover)
 *             A2 training, in stock 02-01; A3 trial, in stock 01-10, never let
 * C1 HARBARGE 2030-12-20 → 02-01, TRANINGSLAGENHET A1 02-01 → 03-15, FORSOKSLAGENHET A1 03-15 → 04-20
 *    TAKEOVER, EGET_KONTRAKT 04-20 → open; review 02-10 (Mon): 3 visits a week
 * C2 street; HARBARGE 03-01 → 04-01, TRANINGSLAGENHET A2 04-01 → open (1 030,50 kr); review 04-07 (Mon):
 *    2 visits; intensified support after a relapse agreed 04-23: 5; review 05-05 (Mon): 3 and a relapse
 *    agreement the same day: 4 (the larger counts)
 * C3 HARBARGE 01-05 → open, queued for a trial apartment; review 02-03: 1 visit (no boendestöd at the shelter)
 * C4 street, no placement
 * Outreach contacts (unidentified unless said): C3 01-12 POLICE (first), 02-02 through Frälsningsarmén;
 *  C2 02-20 through Stadsmissionen (first), 02-27 OUTREACH, 03-06 POLICE; C4 03-03 OTHER (first),
 *  04-10 OUTREACH (identified at it), 04-20 OUTREACH (identified: not counted)
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bofast-forecast;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "bofast.notify.scheduling-enabled=false",
    "bofast.identity.start-rights.case-manager=platform-smoke,client-journey,care-plan"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareForecastFiguresTest {

  @Autowired JourneyIntake journeys;
  @Autowired JourneyPlacements placements;
  @Autowired PlacementReviews reviews;
  @Autowired OutreachAndAssessment outreach;
  @Autowired ApartmentService apartments;
  @Autowired PartnerRegister partners;
  @Autowired KpiService kpis;
  @Autowired CareForecastService forecasts;
  @Autowired SupportVisitService supportVisits;
  @Autowired FirstContactService firstContacts;
  @Autowired ApartmentStockService stock;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  StartedJourney c1;
  StartedJourney c2;
  StartedJourney c3;
  StartedJourney c4;
  long stadsmissionen;
  long landlord;

  @BeforeAll
  void buildHistory() {
    at(2030, 12, 20);
    c1 = journeys.start(unidentified("Ett", Situation.HARBARGE, d(2030, 12, 20)), "kim");
    at(2031, 1, 2);
    stadsmissionen = partners.create(new NewPartner(PartnerKind.VOLUNTARY_ORGANISATION, "Stadsmissionen",
        TestOrganisationNumbers.next(), null)).id();
    long armen = partners.create(new NewPartner(PartnerKind.VOLUNTARY_ORGANISATION, "Frälsningsarmén",
        TestOrganisationNumbers.next(), null)).id();
    landlord = partners.create(new NewPartner(PartnerKind.LANDLORD, "Bostadsbolaget", TestOrganisationNumbers.next(),
        null)).id();
    at(2031, 1, 5);
    c3 = journeys.start(unidentified("Tre", Situation.HARBARGE, d(2031, 1, 5)), "kim");
    at(2031, 1, 10);
    long a1 = apartments.add("Gata 1", "11321", "Stockholm", "Bostadsbolaget", Step.TRANINGSLAGENHET).id();
    apartments.add("Gata 3", "11321", "Stockholm", "Bostadsbolaget", Step.FORSOKSLAGENHET);
    at(2031, 1, 12);
    contact(c3, d(2031, 1, 12), OutreachChannel.POLICE, null);
    at(2031, 2, 1);
    long a2 = apartments.add("Gata 2", "11321", "Stockholm", "Bostadsbolaget", Step.TRANINGSLAGENHET).id();
    placements.startPlacement(c1.journeyId(), Step.TRANINGSLAGENHET, "Tränings 1", a1, d(2031, 2, 1), "lotta");
    at(2031, 2, 2);
    contact(c3, d(2031, 2, 2), OutreachChannel.VOLUNTARY_ORGANISATION, armen);
    at(2031, 2, 3);
    review(c3, 1);
    at(2031, 2, 10);
    review(c1, 3);
    at(2031, 2, 20);
    c2 = journeys.start(unidentified("Två", Situation.STREET, null), "kim");
    contact(c2, d(2031, 2, 20), OutreachChannel.VOLUNTARY_ORGANISATION, stadsmissionen);
    at(2031, 2, 27);
    contact(c2, d(2031, 2, 27), OutreachChannel.OUTREACH, null);
    at(2031, 3, 1);
    placements.startPlacement(c2.journeyId(), Step.HARBARGE, "Härbärget", null, d(2031, 3, 1), "sara");
    at(2031, 3, 2);
    c4 = journeys.start(unidentified("Fyra", Situation.STREET, null), "kim");
    at(2031, 3, 3);
    contact(c4, d(2031, 3, 3), OutreachChannel.OTHER, null);
    at(2031, 3, 6);
    contact(c2, d(2031, 3, 6), OutreachChannel.POLICE, null);
    at(2031, 3, 15);
    placements.startPlacement(c1.journeyId(), Step.FORSOKSLAGENHET, "Tränings 1", a1, d(2031, 3, 15), "lotta");
    at(2031, 4, 1);
    long c2Training = placements.startPlacement(c2.journeyId(), Step.TRANINGSLAGENHET, "Tränings 2", a2,
        d(2031, 4, 1), "lotta");
    // a day cost set to 1 030,50 kr when the placement began (the setting may hold öre)
    assertThat(jdbc.update("UPDATE placement SET day_cost_sek = 1030.50 WHERE id = ?", c2Training)).isEqualTo(1);
    at(2031, 4, 7);
    review(c2, 2);
    at(2031, 4, 10);
    outreach.recordOutreachContact(c4.journeyId(), d(2031, 4, 10), true, OutreachChannel.OUTREACH, null,
        TestPersonnummer.next(), "Fia", "Fyra", "kim");
    at(2031, 4, 20);
    placements.takeOver(c1.journeyId(), "bosse");
    contact(c4, d(2031, 4, 20), OutreachChannel.OUTREACH, null);
    at(2031, 4, 23);
    intensifiedSupport(c2Training, c2, d(2031, 4, 23), 5);
    at(2031, 5, 5);
    review(c2, 3);
    intensifiedSupport(c2Training, c2, d(2031, 5, 5), 4);
    // C3 waits for a trial apartment, as the journey's queue step leaves it
    assertThat(jdbc.update("INSERT INTO apartment_queue (journey_id, kind, queued_at) VALUES (?, 'FORSOKSLAGENHET',"
        + " TIMESTAMP WITH TIME ZONE '2031-05-05 10:00:00+02:00')", c3.journeyId())).isEqualTo(1);
    at(2031, 5, 14);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void careForecastPerCaseSumsToTheKpi() {
    CareForecast f = forecasts.currentYear();
    assertThat(f.year()).isEqualTo(2031);
    assertThat(f.asOf()).isEqualTo(d(2031, 5, 14));
    // C1: 31 + 42 + 36 days × 1 030 booked (+ 25 own-lease days at 0), 231 own-lease days planned at 0
    // C2: 31 × 1 030 + 44 × 1 030,50 = 77 272 booked; 231 × 1 030,50 = 238 045,50; total 315 317,50 → 315 318
    // C3: 05-01-01..05-14 = 130 × 1 030 booked; 231 × 1 030 planned
    // by case number: C3's journey began before C2's
    assertThat(f.rows()).containsExactly(
        new CareForecast.Row(c1.caseNumber(), Step.EGET_KONTRAKT, 134, 112_270, 231, 0, 112_270, null),
        new CareForecast.Row(c3.caseNumber(), Step.HARBARGE, 130, 133_900, 231, 237_930, 371_830,
            Step.FORSOKSLAGENHET),
        new CareForecast.Row(c2.caseNumber(), Step.TRANINGSLAGENHET, 75, 77_272, 231, 238_046, 315_318, null));
    assertThat(f.bookedSek()).isEqualTo(323_442);
    assertThat(f.plannedSek()).isEqualTo(475_976);
    assertThat(f.totalSek()).isEqualTo(799_418);
    assertThat(f.rows().stream().mapToLong(CareForecast.Row::totalSek).sum())
        .as("the rows sum to the KPI").isEqualTo(kpis.figures(d(2031, 1, 1), d(2031, 5, 31)).careForecastSek())
        .isEqualTo(f.totalSek());
  }

  @Test
  void apartmentStockPerMonth() {
    ApartmentStock s = stock.between(d(2031, 1, 1), d(2031, 5, 31));
    assertThat(s.months()).containsExactly(
        // A1 (training until its first placement's conversion) and A3 vacant
        month("2031-01", d(2031, 1, 31), 1, 0, 1, 0),
        month("2031-02", d(2031, 2, 28), 2, 1, 1, 0), // A1 let, A2 vacant; A3
        month("2031-03", d(2031, 3, 31), 1, 0, 2, 1), // A1 a trial apartment since 03-15
        month("2031-04", d(2031, 4, 30), 1, 1, 1, 0), // A1 left the stock 04-20; A2 let
        month("2031-05", d(2031, 5, 14), 1, 1, 1, 0)); // counted today
  }

  @Test
  void firstContactsByChannel() {
    FirstContactFigures spring = firstContacts.between(d(2031, 1, 1), d(2031, 5, 31));
    assertThat(spring.firstContacts()).isEqualTo(3); // C3 01-12, C2 02-20, C4 03-03
    assertThat(spring.firstContactsByChannel()).containsExactly(Map.entry("OUTREACH", 0L),
        Map.entry("VOLUNTARY_ORGANISATION", 1L), Map.entry("POLICE", 1L), Map.entry("OTHER", 1L));
    assertThat(spring.unknownHomelessContacts()).isEqualTo(7)
        .isEqualTo(kpis.figures(d(2031, 1, 1), d(2031, 5, 31)).unknownHomelessContacts());
    assertThat(spring.unknownHomelessContactsByChannel()).containsExactly(Map.entry("OUTREACH", 2L),
        Map.entry("VOLUNTARY_ORGANISATION", 2L), Map.entry("POLICE", 2L), Map.entry("OTHER", 1L));
    assertThat(spring.byOrganisation()).extracting(o -> o.name() + " " + o.firstContacts() + "/"
        + o.unknownHomelessContacts()).containsExactly("Frälsningsarmén 0/1", "Stadsmissionen 1/1");
    FirstContactFigures march = firstContacts.between(d(2031, 3, 1), d(2031, 3, 31));
    assertThat(march.firstContactsByChannel()).containsExactly(Map.entry("OUTREACH", 0L),
        Map.entry("VOLUNTARY_ORGANISATION", 0L), Map.entry("POLICE", 0L), Map.entry("OTHER", 1L));
    assertThat(march.unknownHomelessContactsByChannel()).containsExactly(Map.entry("OUTREACH", 0L),
        Map.entry("VOLUNTARY_ORGANISATION", 0L), Map.entry("POLICE", 1L), Map.entry("OTHER", 1L));
  }

  @Test
  void aContactNamesAVoluntaryOrganisationExactlyWhenItCameThroughOne() {
    Long before = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_contact", Long.class);
    assertThat(refusal(OutreachChannel.VOLUNTARY_ORGANISATION, null))
        .isEqualTo("Välj vilken ideell organisation kontakten kom genom.");
    assertThat(refusal(OutreachChannel.VOLUNTARY_ORGANISATION, landlord))
        .isEqualTo("Organisationen finns inte bland de ideella organisationerna i partnerregistret.");
    assertThat(refusal(OutreachChannel.POLICE, stadsmissionen))
        .isEqualTo("Ange organisation bara när kontakten kom genom en ideell organisation.");
    assertThat(refusal(null, null)).isEqualTo("Ange hur kontakten kom till.");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_contact", Long.class)).isEqualTo(before);
    assertThat(outreach.voluntaryOrganisations()).extracting(o -> o.name())
        .containsExactly("Frälsningsarmén", "Stadsmissionen");
  }

  @Test
  void boendestodPerClient() {
    SupportVisitFigures spring = supportVisits.between(d(2031, 1, 1), d(2031, 5, 31));
    assertThat(spring.costPerVisitSek()).isEqualByComparingTo("500");
    // C1: Mondays 02-10 … 04-14 in the training/trial apartment, 3 a week: 10 weeks, 30 visits
    // C2: 04-07, 04-14, 04-21 at 2; 04-28 at 5 (agreed 04-23); 05-05 and 05-12 at 4 (the larger of 05-05's)
    assertThat(spring.clients()).containsExactly(
        new SupportVisitFigures.Client(c1.caseNumber(), 10, 30, new BigDecimal("3.0"), 15_000),
        new SupportVisitFigures.Client(c2.caseNumber(), 6, 19, new BigDecimal("3.2"), 9_500));
    assertThat(List.of(spring.weeks(), spring.visits(), spring.costSek())).containsExactly(16L, 49L, 24_500L);
    SupportVisitFigures april = supportVisits.between(d(2031, 4, 1), d(2031, 4, 30));
    assertThat(april.clients()).containsExactly(
        new SupportVisitFigures.Client(c1.caseNumber(), 2, 6, new BigDecimal("3.0"), 3_000),
        new SupportVisitFigures.Client(c2.caseNumber(), 4, 11, new BigDecimal("2.8"), 5_500)); // 2.75 → 2.8
  }

  @Test
  void theCostOfAVisitIsCheckedAtStart() {
    var validator = Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(new SupportVisitProperties(null))).hasSize(1);
    assertThat(validator.validate(new SupportVisitProperties(new BigDecimal("-1")))).hasSize(1);
    assertThat(validator.validate(new SupportVisitProperties(new BigDecimal("100001")))).hasSize(1);
    assertThat(validator.validate(new SupportVisitProperties(new BigDecimal("500")))).isEmpty();
  }

  @Test
  void theEnhetschefGetsTheForecastAsJsonCsvAndWorkbook() throws Exception {
    TestHttp http = new TestHttp(port);
    for (String path : List.of("/api/reports/care-forecast", "/api/reports/care-forecast.csv",
        "/api/reports/care-forecast.xlsx", "/api/reports/support-visits?from=2031-01-01&to=2031-05-31",
        "/api/reports/first-contacts?from=2031-01-01&to=2031-05-31",
        "/api/reports/apartment-stock?from=2031-01-01&to=2031-05-31")) {
      assertThat(http.get(path, "bosse", "demo").status()).as(path).isEqualTo(403);
      assertThat(http.get(path, null, null).status()).as(path).isEqualTo(401);
    }
    TestHttp.Response bad = http.get("/api/reports/support-visits?from=2031-05-31&to=2031-01-01", "eva", "demo");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("to");

    JsonNode json = http.get("/api/reports/care-forecast", "eva", "demo").json();
    assertThat(json.path("totalSek").asLong()).isEqualTo(799_418);
    assertThat(json.path("rows").get(2).path("caseNumber").asText()).isEqualTo(c2.caseNumber());
    assertThat(json.path("rows").get(2).path("currentStep").asText()).isEqualTo("TRANINGSLAGENHET");
    assertThat(json.toString()).as("case numbers, never names").doesNotContain("Två").doesNotContain("Fyra");

    TestHttp.Response csv = http.get("/api/reports/care-forecast.csv", "eva", "demo");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("Vårdprognos per klient\r\n"
            + "ärendenummer,pågående steg,bokade dagar,bokat (kr),planerade dagar,planerat (kr),summa (kr),i kö till\r\n"
            + c1.caseNumber() + ",Eget kontrakt,134,112270,231,0,112270,\r\n")
        .contains("\r\nSumma,,,323442,,475976,799418,\r\n\r\nBoendestöd per klient\r\n")
        .contains("\r\n" + c2.caseNumber() + ",6,19,3.2,9500\r\n");

    HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(http.at("/api/reports/care-forecast.xlsx")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "eva:demo".getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("Vårdprognos per klient", "Boendestöd per klient");
      List<Row> rows = sheets.get(0).read();
      List<String> caseNumbers = new ArrayList<>();
      rows.forEach(r -> caseNumbers.add(r.getCellText(0)));
      assertThat(caseNumbers).containsExactly("ärendenummer", c1.caseNumber(), c3.caseNumber(), c2.caseNumber(),
          "Summa");
      assertThat(rows.get(3).getCell(6).asNumber()).isEqualByComparingTo("315318");
      assertThat(rows.get(4).getCell(6).asNumber()).isEqualByComparingTo("799418");
      assertThat(rows.get(2).getCellText(7)).isEqualTo("Försökslägenhet");
      assertThat(sheets.get(1).read().get(2).getCell(4).asNumber()).as("C2's boendestöd").isEqualByComparingTo("9500");
    }
  }

  private String refusal(OutreachChannel channel, Long partnerId) {
    InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
        outreach.recordOutreachContact(c4.journeyId(), d(2031, 5, 14), true, channel, partnerId, null, null, null,
            "kim"));
    assertThat(e).as("refused").isNotNull();
    return e.faults().get(0).message();
  }

  private void contact(StartedJourney journey, LocalDate on, OutreachChannel channel, Long partnerId) {
    outreach.recordOutreachContact(journey.journeyId(), on, true, channel, partnerId, null, null, null, "kim");
  }

  private void review(StartedJourney journey, int visitsPerWeek) {
    reviews.recordReview(journey.journeyId(), visitsPerWeek, "own-apartment-with-support", ReviewOutcome.STAY, "lotta");
  }

  /** A relapse and the team's agreement on intensified support, as the relapse form leaves them. */
  private void intensifiedSupport(long placementId, StartedJourney journey, LocalDate on, int visitsPerWeek) {
    assertThat(jdbc.update("INSERT INTO relapse (journey_id, placement_id, relapse_date, reported_by, reported_at,"
        + " support, visits_per_week, agreed_on, agreed_by) VALUES (?, ?, ?, 'lotta', CURRENT_TIMESTAMP,"
        + " 'INTENSIFIED_SUPPORT', ?, ?, 'lotta')", journey.journeyId(), placementId, on, visitsPerWeek, on))
        .isEqualTo(1);
  }

  private static ApartmentStock.Month month(String month, LocalDate day, long trainingOwned, long trainingOccupied,
      long trialOwned, long trialOccupied) {
    return new ApartmentStock.Month(month, day,
        new ApartmentStock.Count(trainingOwned, trainingOccupied, trainingOwned - trainingOccupied),
        new ApartmentStock.Count(trialOwned, trialOccupied, trialOwned - trialOccupied));
  }

  private static StartCommand unidentified(String alias, Situation situation, LocalDate shelterSince) {
    return new StartCommand(ClientType.UNIDENTIFIED, null, null, null, alias, Needs.BOTH, null, situation,
        situation == Situation.HARBARGE ? "Härbärget" : null, shelterSince);
  }

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Staff.date(LocalDate.of(year, month, day).atTime(10, 0)));
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
