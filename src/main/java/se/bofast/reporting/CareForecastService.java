package se.bofast.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.JourneyFacts;
import se.bofast.housing.JourneyFacts.JourneyFact;
import se.bofast.housing.PlacementFacts;
import se.bofast.housing.PlacementFacts.PlacementFact;

/**
 * The vårdprognos per case (docs/kpi-definitions.md, "Vårdprognos per klient"): each placement's
 * days within the year × its day cost, split at today into booked (up to and including today) and
 * planned (after today: open placements to 31 December). Each case's total is rounded to whole
 * kronor; careForecastSek is the sum of these totals, so the rows always add up to it.
 */
@Service
@Transactional(readOnly = true)
public class CareForecastService {

  private final PlacementFacts placements;
  private final JourneyFacts journeys;
  private final Clock clock;

  CareForecastService(PlacementFacts placements, JourneyFacts journeys, Clock clock) {
    this.placements = placements;
    this.journeys = journeys;
    this.clock = clock;
  }

  /** The current calendar year, split at today. */
  public CareForecast currentYear() {
    LocalDate today = LocalDate.now(clock);
    return of(placements.all(), journeys.all(), today.getYear(), today);
  }

  static CareForecast of(List<PlacementFact> placements, List<JourneyFact> journeys, int year, LocalDate today) {
    Map<Long, BigDecimal[]> byJourney = amounts(placements, year, today);
    List<CareForecast.Row> rows = new ArrayList<>();
    long booked = 0;
    long total = 0;
    for (JourneyFact journey : journeys) {
      BigDecimal[] a = byJourney.get(journey.journeyId());
      if (a == null) {
        continue;
      }
      long rowTotal = whole(a[BOOKED_SEK].add(a[PLANNED_SEK]));
      long rowBooked = whole(a[BOOKED_SEK]);
      rows.add(new CareForecast.Row(journey.caseNumber(), currentStep(placements, journey.journeyId()),
          a[BOOKED_DAYS].longValueExact(), rowBooked, a[PLANNED_DAYS].longValueExact(), rowTotal - rowBooked,
          rowTotal, journey.queuedFor()));
      booked += rowBooked;
      total += rowTotal;
    }
    return new CareForecast(year, today, rows, booked, total - booked, total);
  }

  /** careForecastSek: the sum of the cases' totals, each rounded to whole kronor (halves up). */
  static long total(List<PlacementFact> placements, int year) {
    long total = 0;
    for (BigDecimal[] a : amounts(placements, year, LocalDate.of(year, 12, 31)).values()) {
      total += whole(a[BOOKED_SEK].add(a[PLANNED_SEK]));
    }
    return total;
  }

  private static final int BOOKED_DAYS = 0;
  private static final int BOOKED_SEK = 1;
  private static final int PLANNED_DAYS = 2;
  private static final int PLANNED_SEK = 3;

  /** Per journey with at least one day in the year: booked days, booked kr, planned days, planned kr (exact). */
  private static Map<Long, BigDecimal[]> amounts(List<PlacementFact> placements, int year, LocalDate today) {
    LocalDate yearStart = LocalDate.of(year, 1, 1);
    LocalDate nextYear = yearStart.plusYears(1);
    LocalDate tomorrow = today.plusDays(1);
    Map<Long, BigDecimal[]> byJourney = new LinkedHashMap<>();
    for (PlacementFact p : placements) {
      LocalDate first = later(p.start(), yearStart);
      LocalDate endExclusive = earlier(p.end() != null ? p.end() : nextYear, nextYear);
      if (!first.isBefore(endExclusive)) {
        continue;
      }
      long bookedDays = Math.max(0, ChronoUnit.DAYS.between(first, earlier(endExclusive, tomorrow)));
      long plannedDays = Math.max(0, ChronoUnit.DAYS.between(later(first, tomorrow), endExclusive));
      BigDecimal[] a = byJourney.computeIfAbsent(p.journeyId(),
          id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      a[BOOKED_DAYS] = a[BOOKED_DAYS].add(BigDecimal.valueOf(bookedDays));
      a[BOOKED_SEK] = a[BOOKED_SEK].add(p.dayCost().multiply(BigDecimal.valueOf(bookedDays)));
      a[PLANNED_DAYS] = a[PLANNED_DAYS].add(BigDecimal.valueOf(plannedDays));
      a[PLANNED_SEK] = a[PLANNED_SEK].add(p.dayCost().multiply(BigDecimal.valueOf(plannedDays)));
    }
    return byJourney;
  }

  private static se.bofast.housing.Step currentStep(List<PlacementFact> placements, long journeyId) {
    return placements.stream().filter(p -> p.journeyId() == journeyId && p.end() == null)
        .map(PlacementFact::step).findFirst().orElse(null);
  }

  private static long whole(BigDecimal kronor) {
    return kronor.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
