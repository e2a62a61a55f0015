package se.bofast.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.ApartmentStockFacts;
import se.bofast.housing.ApartmentStockFacts.Letting;
import se.bofast.housing.ApartmentStockFacts.StockApartment;
import se.bofast.housing.Step;

/**
 * Training and trial apartments per month (docs/kpi-definitions.md): on each month's counting day an
 * apartment is owned while in the district's stock, occupied when a placement in it covers the day;
 * its kind that day is the step of its latest placement begun by then (a training apartment
 * converted in place counts as training before the conversion).
 */
@Service
@Transactional(readOnly = true)
public class ApartmentStockService {

  private final ApartmentStockFacts facts;
  private final Clock clock;

  ApartmentStockService(ApartmentStockFacts facts, Clock clock) {
    this.facts = facts;
    this.clock = clock;
  }

  public ApartmentStock between(LocalDate from, LocalDate to) {
    return of(facts.apartments(), facts.lettings(), from, to, LocalDate.now(clock));
  }

  /** The months from {@code from}'s to the last one begun by {@code to} and today. */
  static ApartmentStock of(List<StockApartment> apartments, List<Letting> lettings, LocalDate from, LocalDate to,
      LocalDate today) {
    Map<Long, List<Letting>> byApartment = lettings.stream().collect(Collectors.groupingBy(Letting::apartmentId));
    LocalDate last = to.isBefore(today) ? to : today;
    List<ApartmentStock.Month> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
      LocalDate day = m.atEndOfMonth().isBefore(last) ? m.atEndOfMonth() : last;
      long[] training = new long[2];
      long[] trial = new long[2];
      for (StockApartment a : apartments) {
        if (!owned(a, day)) {
          continue;
        }
        List<Letting> own = byApartment.getOrDefault(a.id(), List.of());
        long[] count = kindOn(a, own, day) == Step.TRANINGSLAGENHET ? training : trial;
        count[0]++;
        if (own.stream().anyMatch(l -> covers(l, day))) {
          count[1]++;
        }
      }
      months.add(new ApartmentStock.Month(m.toString(), day, count(training), count(trial)));
    }
    return new ApartmentStock(from, to, months);
  }

  static boolean owned(StockApartment a, LocalDate day) {
    return !a.inStockFrom().isAfter(day) && (a.inStockUntil() == null || a.inStockUntil().isAfter(day));
  }

  private static boolean covers(Letting l, LocalDate day) {
    return !l.start().isAfter(day) && (l.end() == null || l.end().isAfter(day));
  }

  /** The step of the latest placement begun on or before the day; before any, the first one's; without any, today's kind. */
  static Step kindOn(StockApartment a, List<Letting> lettings, LocalDate day) {
    Step kind = lettings.isEmpty() ? a.kindNow() : lettings.get(0).step();
    for (Letting l : lettings) {
      if (!l.start().isAfter(day)) {
        kind = l.step();
      }
    }
    return kind;
  }

  private static ApartmentStock.Count count(long[] ownedOccupied) {
    return new ApartmentStock.Count(ownedOccupied[0], ownedOccupied[1], ownedOccupied[0] - ownedOccupied[1]);
  }
}
