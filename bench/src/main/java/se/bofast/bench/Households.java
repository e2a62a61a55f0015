package se.bofast.bench;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Made-up households for the eviction signals and clients for the journeys: unique valid
 * personal identity numbers and varied, valid signal bodies (sources, types, debts, dates,
 * children), the same sequence on every run.
 */
final class Households {

  private static final String[] SOURCES = {"LANDLORD", "KRONOFOGDEN", "BOSTADSFORMEDLINGEN", "LANDLORD"};
  private static final String[] TYPES = {"RENT_ARREARS", "DISTURBANCE", "EVICTION_DATE_SET", "EARLY_WARNING",
      "RENT_ARREARS"};
  private static final String[] NAMES = {"Tove Ek", "Ali Hassan", "Maja Lind", "Per Holm", "Sanna Berg"};
  private static final String[] STREETS = {"Sveavägen 1", "Ringvägen 12", "Götgatan 40", "Fleminggatan 7"};
  private static final String[] LANDLORDS = {"Familjebostäder", "Stockholmshem", "Svenska Bostäder"};
  private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1940, 1, 1);
  /** Serial numbers per birth date (100..999): many unique numbers without leaving the 1900s. */
  private static final int SERIALS_PER_DAY = 900;

  private final String runId;
  private final LocalDate today;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger nextSignal = new AtomicInteger();

  Households(String runId, LocalDate today) {
    this.runId = runId;
    this.today = today;
  }

  /** A new valid personnummer, YYYYMMDD-NNNC with its Luhn check digit, never used before in this run. */
  String personnummer() {
    int n = next.getAndIncrement();
    LocalDate born = FIRST_BIRTH_DATE.plusDays(n / SERIALS_PER_DAY);
    String serial = Integer.toString(100 + n % SERIALS_PER_DAY);
    String nine = String.format("%02d%02d%02d%s", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
        serial);
    return String.format("%04d%02d%02d-%s%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(), serial,
        luhn(nine));
  }

  /** A signal about a new household (so a new case), with a reference unique to this run. */
  String signal() {
    int i = nextSignal.getAndIncrement();
    String type = TYPES[i % TYPES.length];
    String personnummer = personnummer();
    StringBuilder json = new StringBuilder(512)
        .append("{\"externalReference\":\"BENCH-").append(runId).append('-').append(i).append('"')
        .append(",\"source\":\"").append(SOURCES[i % SOURCES.length]).append('"')
        .append(",\"type\":\"").append(type).append('"')
        .append(",\"tenant\":{\"personnummer\":\"").append(personnummer).append("\",\"name\":\"")
        .append(NAMES[i % NAMES.length]).append("\"}")
        // an apartment of the household's own: one address with one landlord is one household (one case)
        .append(",\"address\":{\"street\":\"").append(STREETS[i % STREETS.length]).append(" lgh ")
        .append(personnummer, 2, 8).append(personnummer, 9, 13)
        .append("\",\"postalCode\":\"1").append(10 + i % 80).append(" ").append(10 + i % 89)
        .append("\",\"city\":\"Stockholm\"}");
    if (i % 3 != 2) {
      json.append(",\"landlord\":{\"name\":\"").append(LANDLORDS[i % LANDLORDS.length])
          .append("\",\"organisationNumber\":\"556677-8899\"}");
    }
    json.append(",\"childrenInHousehold\":").append(i % 4);
    if (type.equals("RENT_ARREARS")) {
      json.append(",\"rentDebtSek\":").append(4_000 + (i % 50) * 731).append(".50")
          .append(",\"noticeServedDate\":\"").append(today.minusDays(1 + i % 20)).append('"')
          .append(",\"socialServicesNotifiedDate\":\"").append(today.minusDays(i % 2)).append('"');
    } else if (type.equals("EVICTION_DATE_SET")) {
      json.append(",\"evictionDate\":\"").append(today.plusDays(20 + i % 60)).append("T09:30\"");
    }
    return json.append('}').toString();
  }

  static int luhn(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < nineDigits.length(); i++) {
      int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }
}
