package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Återvinningsfrist and working days. Every expected date is worked out by hand from the
 * calendar (weekday and holiday of each date in the comment).
 */
class EvictionDeadlinesTest {

  private final EvictionDeadlines deadlines = new EvictionDeadlines();

  // --- återvinningsfrist: three weeks after the later date, then the next working day ---

  @ParameterizedTest(name = "later date {0} -> deadline {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "2026-03-04 | 2026-03-25 | Wed + 3 weeks = Wed, a working day",
      "2026-03-12 | 2026-04-02 | skärtorsdag is a working day",
      "2026-01-31 | 2026-02-23 | lands on Sat 21 Feb -> Mon",
      "2026-02-01 | 2026-02-23 | lands on Sun 22 Feb -> Mon",
      "2026-03-13 | 2026-04-07 | långfredag 3 Apr, Sat, påskdagen 5 Apr, annandag påsk 6 Apr -> Tue",
      "2026-03-15 | 2026-04-07 | lands on påskdagen (Sun 5 Apr), annandag påsk 6 Apr -> Tue",
      "2026-03-16 | 2026-04-07 | lands on annandag påsk (Mon 6 Apr) -> Tue",
      "2027-03-05 | 2027-03-30 | långfredag 26 Mar, Sat, påskdagen 28 Mar, annandag påsk 29 Mar -> Tue",
      "2027-03-08 | 2027-03-30 | lands on annandag påsk (Mon 29 Mar 2027) -> Tue",
      "2026-04-10 | 2026-05-04 | första maj (Fri 1 May), Sat, Sun -> Mon",
      "2026-04-23 | 2026-05-15 | Kristi himmelsfärdsdag (Thu 14 May) -> Fri (klämdag is a working day)",
      "2027-04-15 | 2027-05-07 | Kristi himmelsfärdsdag (Thu 6 May 2027) -> Fri",
      "2028-05-16 | 2028-06-07 | nationaldagen (Tue 6 Jun 2028) -> Wed",
      "2025-05-16 | 2025-06-09 | nationaldagen (Fri 6 Jun 2025), Sat, pingstdagen (Sun 8 Jun) -> Mon (annandag pingst is no helgdag since 2005)",
      "2026-05-29 | 2026-06-22 | midsommarafton (Fri 19 Jun), midsommardagen (Sat 20 Jun), Sun -> Mon",
      "2026-05-28 | 2026-06-18 | Thu before midsommarafton is a working day",
      "2027-06-04 | 2027-06-28 | midsommarafton 2027 (Fri 25 Jun), midsommardagen (Sat 26 Jun), Sun -> Mon",
      "2026-10-10 | 2026-11-02 | alla helgons dag (Sat 31 Oct), Sun 1 Nov -> Mon",
      "2026-10-09 | 2026-10-30 | Fri before alla helgons dag is a working day",
      "2026-12-03 | 2026-12-28 | julafton (Thu 24 Dec), juldagen (Fri), annandag jul (Sat), Sun -> Mon",
      "2026-12-04 | 2026-12-28 | lands on juldagen (Fri 25 Dec) -> Mon",
      "2027-12-03 | 2027-12-27 | julafton 2027 (Fri 24 Dec), juldagen (Sat), annandag jul (Sun) -> Mon",
      "2026-12-02 | 2026-12-23 | Wed before julafton is a working day",
      "2026-12-10 | 2027-01-04 | nyårsafton (Thu 31 Dec), nyårsdagen (Fri 1 Jan), Sat, Sun -> Mon",
      "2025-12-10 | 2026-01-02 | nyårsafton (Wed 31 Dec 2025), nyårsdagen (Thu) -> Fri",
      "2026-12-16 | 2027-01-07 | trettondedag jul (Wed 6 Jan 2027) -> Thu",
      "2025-12-16 | 2026-01-07 | trettondedag jul (Tue 6 Jan 2026) -> Wed"})
  void deadlineIsThreeWeeksAfterTheLaterDateOnAWorkingDay(LocalDate later, LocalDate expected, String why) {
    LocalDate earlier = later.minusDays(5);
    assertThat(deadlines.reclaimDeadline(earlier, later)).as("notified later: " + why).isEqualTo(expected);
    assertThat(deadlines.reclaimDeadline(later, earlier)).as("served later: " + why).isEqualTo(expected);
    assertThat(deadlines.reclaimDeadline(later, later)).as("same day: " + why).isEqualTo(expected);
  }

  @Test
  void theLaterOfTheTwoDatesStartsTheDeadline() {
    // served Mon 2 Mar 2026, socialnämnden notified Wed 11 Mar -> Wed 1 Apr
    assertThat(deadlines.reclaimDeadline(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11)))
        .isEqualTo(LocalDate.of(2026, 4, 1));
    // socialnämnden notified Mon 2 Mar, served Wed 11 Mar -> Wed 1 Apr
    assertThat(deadlines.reclaimDeadline(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 2)))
        .isEqualTo(LocalDate.of(2026, 4, 1));
    // served Mon 30 Nov 2026 (alone: Mon 21 Dec), notified Thu 3 Dec -> Thu 24 Dec (julafton),
    // juldagen, annandag jul, Sunday -> Mon 28 Dec
    assertThat(deadlines.reclaimDeadline(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3)))
        .isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void noDeadlineUntilBothDatesAreKnown() {
    LocalDate date = LocalDate.of(2026, 3, 4);
    assertThat(deadlines.reclaimDeadline(null, date)).isNull();
    assertThat(deadlines.reclaimDeadline(date, null)).isNull();
    assertThat(deadlines.reclaimDeadline(null, null)).isNull();
  }

  // --- non-working days ---

  @Test
  void theWeekdaysOf2026OnWhichNoDeadlineEnds() {
    List<LocalDate> nonWorkingWeekdays = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && deadlines.isNonWorkingDay(day)) {
        nonWorkingWeekdays.add(day);
      }
    }
    // 2026: nationaldagen (6 Jun), midsommardagen (20 Jun), alla helgons dag (31 Oct) and
    // annandag jul (26 Dec) fall on a Saturday; påskdagen and pingstdagen are Sundays
    assertThat(nonWorkingWeekdays).containsExactly(
        LocalDate.of(2026, 1, 1), // nyårsdagen, Thu
        LocalDate.of(2026, 1, 6), // trettondedag jul, Tue
        LocalDate.of(2026, 4, 3), // långfredagen
        LocalDate.of(2026, 4, 6), // annandag påsk
        LocalDate.of(2026, 5, 1), // första maj, Fri
        LocalDate.of(2026, 5, 14), // Kristi himmelsfärdsdag
        LocalDate.of(2026, 6, 19), // midsommarafton
        LocalDate.of(2026, 12, 24), // julafton, Thu
        LocalDate.of(2026, 12, 25), // juldagen, Fri
        LocalDate.of(2026, 12, 31)); // nyårsafton, Thu
  }

  @ParameterizedTest(name = "{0} non-working: {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "2026-03-07 | true  | Saturday",
      "2026-03-08 | true  | Sunday",
      "2026-03-09 | false | Monday",
      "2026-04-02 | false | skärtorsdagen",
      "2026-04-05 | true  | påskdagen",
      "2027-03-26 | true  | långfredagen 2027",
      "2027-03-29 | true  | annandag påsk 2027",
      "2027-05-06 | true  | Kristi himmelsfärdsdag 2027",
      "2026-05-15 | false | Friday after Kristi himmelsfärdsdag",
      "2028-06-06 | true  | nationaldagen on a Tuesday",
      "2025-06-09 | false | Monday after pingstdagen 2025 (annandag pingst is no helgdag)",
      "2026-06-18 | false | Thursday before midsommarafton",
      "2026-06-19 | true  | midsommarafton 2026",
      "2026-06-20 | true  | midsommardagen 2026",
      "2027-06-25 | true  | midsommarafton 2027",
      "2027-06-18 | false | a Friday in June that is not midsommarafton",
      "2026-06-26 | false | Friday after midsommar 2026",
      "2026-10-31 | true  | alla helgons dag 2026",
      "2027-11-06 | true  | alla helgons dag 2027",
      "2026-12-23 | false | day before julafton",
      "2027-12-24 | true  | julafton 2027 (Friday)",
      "2028-12-26 | true  | annandag jul 2028 (Tuesday)",
      "2025-12-31 | true  | nyårsafton 2025 (Wednesday)",
      "2027-01-01 | true  | nyårsdagen 2027 (Friday)",
      "2027-01-06 | true  | trettondedag jul 2027 (Wednesday)",
      "2027-01-07 | false | day after trettondedag jul"})
  void nonWorkingDays(LocalDate date, boolean nonWorking, String what) {
    assertThat(deadlines.isNonWorkingDay(date)).as(what).isEqualTo(nonWorking);
  }

  @Test
  void theEquatedEvesByTheirOwnRule() {
    // midsommarafton: the Friday between 19 and 25 June
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2026, 6, 19))).isTrue();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2027, 6, 25))).isTrue();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2028, 6, 23))).isTrue();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2029, 6, 22))).isTrue();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2026, 6, 26))).as("Friday 26 June").isFalse();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2027, 6, 18))).as("Friday 18 June").isFalse();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2027, 6, 24))).as("Thursday 24 June").isFalse();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(EvictionDeadlines.isEquatedEve(LocalDate.of(2026, 12, 25))).as("juldagen is a helgdag, no eve").isFalse();
  }

  @Test
  void theLibrarysSwedishCalendarListsTheEvesAsHolidaysToo() {
    // What jollyday 2.19's Holidays_se.xml says today; the eves' own rule does not depend on it
    HolidayManager sweden = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    assertThat(sweden.isHoliday(LocalDate.of(2026, 6, 19), HolidayType.PUBLIC_HOLIDAY)).as("midsommarafton").isTrue();
    assertThat(sweden.isHoliday(LocalDate.of(2026, 12, 24), HolidayType.PUBLIC_HOLIDAY)).as("julafton").isTrue();
    assertThat(sweden.isHoliday(LocalDate.of(2026, 12, 31), HolidayType.PUBLIC_HOLIDAY)).as("nyårsafton").isTrue();
  }

  // --- working days ---

  @ParameterizedTest(name = "{0} + {1} working days = {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "2026-03-02 | 1  | 2026-03-03 | Mon -> Tue",
      "2026-03-06 | 1  | 2026-03-09 | Fri -> Mon",
      "2026-03-07 | 1  | 2026-03-09 | Sat -> Mon",
      "2026-03-02 | 5  | 2026-03-09 | one week",
      "2026-03-02 | 10 | 2026-03-16 | two weeks",
      "2026-04-02 | 1  | 2026-04-07 | skärtorsdag -> past långfredag, the weekend and annandag påsk",
      "2026-04-01 | 3  | 2026-04-08 | Wed: Thu 2, Tue 7, Wed 8 Apr",
      "2026-05-13 | 1  | 2026-05-15 | over Kristi himmelsfärdsdag",
      "2026-06-18 | 1  | 2026-06-22 | over midsommarafton and midsommar weekend",
      "2026-06-17 | 3  | 2026-06-23 | Thu 18, Mon 22, Tue 23 Jun",
      "2026-12-23 | 1  | 2026-12-28 | over julafton, juldagen, annandag jul, Sunday",
      "2026-12-23 | 3  | 2026-12-30 | Mon 28, Tue 29, Wed 30 Dec",
      "2026-12-30 | 2  | 2027-01-05 | over nyårsafton, nyårsdagen, weekend: Mon 4, Tue 5 Jan",
      "2026-12-30 | 3  | 2027-01-07 | and over trettondedag jul",
      "2026-03-04 | 0  | 2026-03-04 | 0 days on a working day: the day itself",
      "2026-03-08 | 0  | 2026-03-09 | 0 days on a Sunday: the next working day",
      "2026-12-24 | 0  | 2026-12-28 | 0 days on julafton: the next working day"})
  void addWorkingDays(LocalDate date, int days, LocalDate expected, String why) {
    assertThat(deadlines.addWorkingDays(date, days)).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} working days before {0} = {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "2026-03-05 | 1 | 2026-03-04 | Thu -> Wed",
      "2026-03-09 | 1 | 2026-03-06 | Mon -> Fri",
      "2026-03-11 | 3 | 2026-03-06 | Wed -> Tue 10, Mon 9, Fri 6",
      "2026-12-28 | 3 | 2026-12-21 | reminder for the julafton chain deadline: Wed 23, Tue 22, Mon 21 Dec",
      "2026-04-07 | 3 | 2026-03-31 | over Easter: Thu 2 Apr, Wed 1 Apr, Tue 31 Mar",
      "2026-06-22 | 1 | 2026-06-18 | over midsommar: Thu 18 Jun",
      "2027-01-04 | 3 | 2026-12-28 | over nyårsdagen and nyårsafton: Wed 30, Tue 29, Mon 28 Dec",
      "2027-01-07 | 1 | 2027-01-05 | over trettondedag jul",
      "2026-05-15 | 1 | 2026-05-13 | over Kristi himmelsfärdsdag",
      "2026-03-04 | 0 | 2026-03-04 | 0 days on a working day: the day itself",
      "2026-03-07 | 0 | 2026-03-06 | 0 days on a Saturday: the working day before",
      "2026-12-27 | 0 | 2026-12-23 | 0 days on a Sunday after Christmas: Wed 23 Dec"})
  void workingDaysBefore(LocalDate date, int days, LocalDate expected, String why) {
    assertThat(deadlines.workingDaysBefore(date, days)).as(why).isEqualTo(expected);
  }

  // --- the contact deadline's cap: N working days before the återvinningsfrist or the eviction date ---

  @ParameterizedTest(name = "due {0}, today {1}, cap {2} before {3} -> {4}: {5}")
  @CsvSource(delimiter = '|', value = {
      "2026-04-02 | 2026-03-20 | 5 | 2026-04-07 | 2026-03-27 | Easter: Thu 2 Apr, Wed 1, Tue 31 Mar, Mon 30, Fri 27 Mar",
      "2026-04-08 | 2026-03-30 | 1 | 2026-04-07 | 2026-04-02 | over annandag påsk, påskdagen, Sat, långfredagen: Thu 2 Apr",
      "2026-06-22 | 2026-06-15 | 1 | 2026-06-22 | 2026-06-18 | over the midsommar weekend and midsommarafton: Thu 18 Jun",
      "2026-06-24 | 2026-06-10 | 3 | 2026-06-23 | 2026-06-17 | Mon 22, Thu 18, Wed 17 Jun",
      "2026-12-28 | 2026-12-14 | 3 | 2026-12-28 | 2026-12-21 | over Christmas: Wed 23, Tue 22, Mon 21 Dec",
      "2027-01-05 | 2026-12-21 | 2 | 2027-01-04 | 2026-12-29 | over New Year: Wed 30, Tue 29 Dec",
      "2027-01-08 | 2026-12-28 | 1 | 2027-01-07 | 2027-01-05 | over trettondedag jul: Tue 5 Jan",
      "2026-03-16 | 2026-03-09 | 1 | 2026-03-16 | 2026-03-13 | the day before Monday is a Sunday: Fri 13 Mar",
      "2026-03-16 | 2026-03-09 | 0 | 2026-03-14 | 2026-03-13 | a limit on a Saturday, cap 0: Fri 13 Mar",
      "2026-03-05 | 2026-03-02 | 5 | 2026-03-20 | 2026-03-05 | the cap (Fri 13 Mar) is later than the priority's deadline",
      "2026-03-05 | 2026-03-02 | 5 | 2026-03-03 | 2026-03-02 | the cap (Mon 23 Feb) has passed: today",
      "2026-03-11 | 2026-03-07 | 5 | 2026-03-09 | 2026-03-09 | the cap has passed on a Saturday: Mon 9 Mar",
      "2026-12-30 | 2026-12-24 | 3 | 2026-12-28 | 2026-12-28 | the cap has passed on julafton: Mon 28 Dec",
      "2026-04-08 | 2026-04-03 | 5 | 2026-04-07 | 2026-04-07 | the cap has passed on långfredagen: Tue 7 Apr"})
  void theContactDeadlineIsNeverLaterThanTheCap(LocalDate due, LocalDate today, int cap, LocalDate limit,
      LocalDate expected, String why) {
    assertThat(deadlines.capContactDeadline(due, today, cap, limit)).as(why).isEqualTo(expected);
    assertThat(deadlines.isNonWorkingDay(expected)).as("a working day: " + why).isFalse();
  }

  @Test
  void theEarliestCapWinsAndUnknownDatesDoNotCount() {
    LocalDate due = LocalDate.of(2026, 3, 16);
    LocalDate today = LocalDate.of(2026, 3, 2);
    // återvinningsfrist Fri 20 Mar -> Fri 13 Mar; eviction Tue 17 Mar -> Tue 10 Mar
    assertThat(deadlines.capContactDeadline(due, today, 5, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 17)))
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(deadlines.capContactDeadline(due, today, 5, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 20)))
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(deadlines.capContactDeadline(due, today, 5, null, LocalDate.of(2026, 3, 20)))
        .isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(deadlines.capContactDeadline(due, today, 5, null, null)).isEqualTo(due);
    assertThat(deadlines.capContactDeadline(due, today, 5)).isEqualTo(due);
    assertThat(deadlines.capContactDeadline(null, today, 5, LocalDate.of(2026, 3, 20))).isNull();
    assertThatThrownBy(() -> deadlines.capContactDeadline(due, today, -1, LocalDate.of(2026, 3, 20)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workingDaysAreAlwaysCountedForwardOrBackwardFromAKnownDate() {
    assertThat(deadlines.addWorkingDays(null, 3)).isNull();
    assertThat(deadlines.workingDaysBefore(null, 3)).isNull();
    LocalDate date = LocalDate.of(2026, 3, 4);
    assertThatThrownBy(() -> deadlines.addWorkingDays(date, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deadlines.workingDaysBefore(date, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deadlines.isNonWorkingDay(null)).isInstanceOf(NullPointerException.class);
  }
}
