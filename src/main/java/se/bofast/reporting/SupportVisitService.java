package se.bofast.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.JourneyFacts;
import se.bofast.housing.JourneyFacts.JourneyFact;
import se.bofast.housing.PlacementFacts;
import se.bofast.housing.PlacementFacts.PlacementFact;
import se.bofast.housing.Step;
import se.bofast.housing.SupportVisitFacts;
import se.bofast.housing.SupportVisitFacts.VisitsRecorded;

/**
 * Boendestöd per client (docs/kpi-definitions.md): the weeks (Monday to Sunday) whose Monday lies in
 * the period, not after today, and on which the case has a placement in a step with boendestöd; each
 * such week has the visits a week of the case's latest record (review or intensified-support
 * agreement) dated on or before that Monday (the larger of one day's records); a week before any
 * record is not counted. Cost = visits × the cost of a visit, rounded per client to whole kronor.
 */
@Service
@Transactional(readOnly = true)
public class SupportVisitService {

  /** The steps where the district gives boendestöd (seed 003: from the stödboende to the trial apartment). */
  static final Set<Step> SUPPORTED_STEPS = EnumSet.of(Step.STODBOENDE, Step.TRANINGSLAGENHET, Step.FORSOKSLAGENHET);

  private final PlacementFacts placements;
  private final JourneyFacts journeys;
  private final SupportVisitFacts visits;
  private final SupportVisitProperties properties;
  private final Clock clock;

  SupportVisitService(PlacementFacts placements, JourneyFacts journeys, SupportVisitFacts visits,
      SupportVisitProperties properties, Clock clock) {
    this.placements = placements;
    this.journeys = journeys;
    this.visits = visits;
    this.properties = properties;
    this.clock = clock;
  }

  public SupportVisitFigures between(LocalDate from, LocalDate to) {
    return of(placements.all(), journeys.all(), visits.all(), properties.costSek(), from, to, LocalDate.now(clock));
  }

  static SupportVisitFigures of(List<PlacementFact> placements, List<JourneyFact> journeys,
      List<VisitsRecorded> records, BigDecimal costPerVisit, LocalDate from, LocalDate to, LocalDate today) {
    Map<Long, List<PlacementFact>> placementsOf = placements.stream()
        .filter(p -> SUPPORTED_STEPS.contains(p.step()))
        .collect(Collectors.groupingBy(PlacementFact::journeyId));
    Map<Long, List<VisitsRecorded>> recordsOf = records.stream()
        .collect(Collectors.groupingBy(VisitsRecorded::journeyId));
    LocalDate lastMonday = (to.isBefore(today) ? to : today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate firstMonday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    List<SupportVisitFigures.Client> clients = new ArrayList<>();
    long allWeeks = 0;
    long allVisits = 0;
    long allCost = 0;
    for (JourneyFact journey : journeys) {
      List<PlacementFact> supported = placementsOf.getOrDefault(journey.journeyId(), List.of());
      List<VisitsRecorded> recorded = recordsOf.getOrDefault(journey.journeyId(), List.of());
      long weeks = 0;
      long visitCount = 0;
      for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
        Integer perWeek = visitsOn(recorded, monday);
        if (perWeek != null && covered(supported, monday)) {
          weeks++;
          visitCount += perWeek;
        }
      }
      if (weeks == 0) {
        continue;
      }
      long cost = costPerVisit.multiply(BigDecimal.valueOf(visitCount)).setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
      clients.add(new SupportVisitFigures.Client(journey.caseNumber(), weeks, visitCount,
          BigDecimal.valueOf(visitCount).divide(BigDecimal.valueOf(weeks), 1, RoundingMode.HALF_UP), cost));
      allWeeks += weeks;
      allVisits += visitCount;
      allCost += cost;
    }
    return new SupportVisitFigures(from, to, costPerVisit, clients, allWeeks, allVisits, allCost);
  }

  /** The visits a week of the latest record dated on or before the day (the larger of one day's); null before any. */
  static Integer visitsOn(List<VisitsRecorded> records, LocalDate day) {
    LocalDate latest = null;
    Integer visits = null;
    for (VisitsRecorded r : records) {
      if (r.on().isAfter(day)) {
        continue;
      }
      if (latest == null || r.on().isAfter(latest)) {
        latest = r.on();
        visits = r.visitsPerWeek();
      } else if (r.on().equals(latest) && r.visitsPerWeek() > visits) {
        visits = r.visitsPerWeek();
      }
    }
    return visits;
  }

  private static boolean covered(List<PlacementFact> placements, LocalDate day) {
    return placements.stream().anyMatch(p -> !p.start().isAfter(day) && (p.end() == null || p.end().isAfter(day)));
  }
}
