package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.TestPersonnummer;

/**
 * The one place a signal is validated, for REST and the Tasklist start form alike: each rule
 * refuses with the field the REST body names and the Swedish message /api has always answered
 * (the messages of the bean validation the REST body had before), and an accepted signal is
 * stored normalised.
 */
class SignalRulesTest {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final SignalRules rules = new SignalRules(
      Clock.fixed(TODAY.atTime(9, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM));

  static Signal valid() {
    return new Signal(" LH-1 ", SignalSource.LANDLORD, SignalType.RENT_ARREARS, "19121212-1212", " Tove Ek ",
        "Sveavägen 1", "113 59", "Stockholm", "Familjebostäder", "556677-8899", 2, new BigDecimal("12400.5"),
        TODAY.minusDays(7), TODAY, LocalDateTime.of(2026, 4, 20, 10, 0));
  }

  @Test
  void anAcceptedSignalIsStoredNormalised() {
    Signal s = rules.check(valid());
    assertThat(s.externalReference()).isEqualTo("LH-1");
    assertThat(s.tenantPersonalNumber()).isEqualTo("191212121212");
    assertThat(s.tenantName()).isEqualTo("Tove Ek");
    assertThat(s.postalCode()).isEqualTo("11359");
    assertThat(s.landlordOrganisationNumber()).isEqualTo("556677-8899");
    assertThat(s.rentDebtSek()).isEqualTo(new BigDecimal("12400.50"));
    assertThat(s.childrenInHousehold()).isEqualTo(2);
  }

  @Test
  void optionalFactsMayBeUnknown() {
    Signal s = rules.check(with(x -> new Signal(x.externalReference(), x.source(), x.type(), x.tenantPersonalNumber(),
        x.tenantName(), x.street(), x.postalCode(), x.city(), " ", null, null, null, null, null, null)));
    assertThat(s.landlordName()).isNull();
    assertThat(s.landlordOrganisationNumber()).isNull();
    assertThat(s.rentDebtSek()).isNull();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "NO_REFERENCE | externalReference | Ange avsändarens referens.",
      "LONG_REFERENCE | externalReference | Högst 100 tecken.",
      "NO_SOURCE | source | Ange källa: LANDLORD, KRONOFOGDEN, BOSTADSFORMEDLINGEN eller SOCIAL_SERVICES.",
      "NO_TYPE | type | Ange typ: RENT_ARREARS, DISTURBANCE, EVICTION_DATE_SET eller EARLY_WARNING.",
      "NO_PERSONNUMMER | tenant.personnummer | Ange hyresgästens personnummer eller samordningsnummer.",
      "LONG_PERSONNUMMER | tenant.personnummer | Högst 20 tecken.",
      "BAD_CHECK_DIGIT | tenant.personnummer | Ogiltigt personnummer eller samordningsnummer: kontrollsiffran stämmer inte.",
      "NO_NAME | tenant.name | Ange hyresgästens namn.",
      "NUL_IN_NAME | tenant.name | Texten innehåller ett otillåtet tecken (styrtecken, U+0000) på plats 5.",
      "UNIT_SEPARATOR_AT_END | tenant.name | Texten innehåller ett otillåtet tecken (styrtecken, U+001F) på plats 8.",
      "RLO_IN_NAME | tenant.name | Texten innehåller ett otillåtet tecken (tecken som ändrar textens riktning, U+202E) på plats 6.",
      "NO_STREET | address.street | Ange gatuadress.",
      "NO_POSTAL_CODE | address.postalCode | Ange postnummer.",
      "LONG_POSTAL_CODE | address.postalCode | Högst 10 tecken.",
      "SHORT_POSTAL_CODE | address.postalCode | Postnumret ska ha fem siffror, till exempel 113 21.",
      "NO_CITY | address.city | Ange ort.",
      "LINE_BREAK_IN_LANDLORD | landlord.name | Texten innehåller ett otillåtet tecken (radbrytning eller tabb, U+000A) på plats 4.",
      "NEGATIVE_CHILDREN | childrenInHousehold | Antalet barn kan inte vara negativt.",
      "MANY_CHILDREN | childrenInHousehold | Högst 30 barn.",
      "NEGATIVE_DEBT | rentDebtSek | Hyresskulden kan inte vara negativ.",
      "HUGE_DEBT | rentDebtSek | Hyresskulden anges i kronor och ören, högst 99 999 999,99.",
      "THREE_DECIMALS | rentDebtSek | Hyresskulden anges i kronor och ören, högst 99 999 999,99.",
      "NOTICE_TOMORROW | noticeServedDate | Datumet får inte ligga i framtiden.",
      "NOTICE_1899 | noticeServedDate | Datumet kan inte vara före 1900-01-01.",
      "NOTIFIED_TOMORROW | socialServicesNotifiedDate | Datumet får inte ligga i framtiden.",
      "EVICTION_IN_SIX_YEARS | evictionDate | Datumet kan inte ligga mer än 5 år fram i tiden (senast 2031-03-02)."})
  void refusedNamingTheRestFieldWithItsMessage(String fault, String field, String message) {
    assertThatThrownBy(() -> rules.check(faulty(fault)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }

  @Test
  void everyFaultOfPresenceLengthRangeOrDateIsNamedAtOnceBeforeTheFormsOfTheNumbers() {
    Signal s = new Signal("", null, SignalType.RENT_ARREARS, "19121212-1213", "Tove\u0000Ek", "Sveavägen 1", "12",
        "Stockholm", null, null, -1, null, TODAY.plusDays(1), null, null);
    assertThatThrownBy(() -> rules.check(s)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.faults()).extracting(InvalidInputException.Fault::field).as("not yet the check digit, the postal code")
          .containsExactly("externalReference", "source", "tenant.name", "childrenInHousehold", "noticeServedDate");
      assertThat(e.field()).isEqualTo("externalReference");
      assertThat(e.getMessage()).as("Tasklist shows the first").isEqualTo("Ange avsändarens referens.");
    });
  }

  @Test
  void coTenantsAreCheckedAsTheTenantAndStoredNormalised() {
    String alva = TestPersonnummer.next();
    Signal s = rules.check(valid().withCoTenants(List.of(new Signal.CoTenant(" 121212-1212 ", " Erik Ek "),
        new Signal.CoTenant(alva, "Alva Ek"))));
    assertThat(s.coTenants()).as("ÅÅMMDD-NNNN: born within a hundred years")
        .containsExactly(new Signal.CoTenant("201212121212", "Erik Ek"),
            new Signal.CoTenant(alva.replace("-", ""), "Alva Ek"));
    assertThat(rules.check(valid()).coTenants()).as("none named").isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "NO_CO_TENANT_NUMBER | coTenants[0].personnummer | Ange medhyresgästens personnummer eller samordningsnummer.",
      "LONG_CO_TENANT_NUMBER | coTenants[0].personnummer | Högst 20 tecken.",
      "CO_TENANT_CHECK_DIGIT | coTenants[0].personnummer | Medhyresgäst 1: Ogiltigt personnummer eller samordningsnummer: kontrollsiffran stämmer inte.",
      "SECOND_CO_TENANT_NO_DATE | coTenants[1].personnummer | Medhyresgäst 2: Ogiltigt personnummer eller samordningsnummer: datumet finns inte.",
      "NO_CO_TENANT_NAME | coTenants[0].name | Ange medhyresgästens namn.",
      "RLO_IN_CO_TENANT_NAME | coTenants[0].name | Texten innehåller ett otillåtet tecken (tecken som ändrar textens riktning, U+202E) på plats 6.",
      "NULL_CO_TENANT | coTenants[0] | Ange medhyresgästen (personnummer och namn).",
      "CO_TENANT_IS_THE_TENANT | coTenants[0].personnummer | Medhyresgäst 1 är redan angiven i signalen.",
      "CO_TENANT_TWICE | coTenants[1].personnummer | Medhyresgäst 2 är redan angiven i signalen.",
      "FIVE_CO_TENANTS | coTenants | Högst 4 medhyresgäster."})
  void aWrongCoTenantIsRefusedNamingItsRestField(String fault, String field, String message) {
    assertThatThrownBy(() -> rules.check(valid().withCoTenants(coTenants(fault))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }

  @Test
  void aWrongCoTenantIsNamedWithTheOtherFaultsOfTheSignal() {
    Signal s = with(x -> copy(x, -1, x.rentDebtSek(), x.noticeServedDate(), x.evictionDate()))
        .withCoTenants(List.of(new Signal.CoTenant("", "Erik\u0000Ek")));
    assertThatThrownBy(() -> rules.check(s)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.faults()).extracting(InvalidInputException.Fault::field)
            .containsExactly("childrenInHousehold", "coTenants[0].personnummer", "coTenants[0].name"));
  }

  private static List<Signal.CoTenant> coTenants(String fault) {
    Signal.CoTenant erik = new Signal.CoTenant("121212-1212", "Erik Ek");
    return switch (fault) {
      case "NO_CO_TENANT_NUMBER" -> List.of(new Signal.CoTenant(" ", "Erik Ek"));
      case "LONG_CO_TENANT_NUMBER" -> List.of(new Signal.CoTenant("19121212-1212" + " ".repeat(8), "Erik Ek"));
      case "CO_TENANT_CHECK_DIGIT" -> List.of(new Signal.CoTenant("19121212-1213", "Erik Ek"));
      case "SECOND_CO_TENANT_NO_DATE" -> List.of(new Signal.CoTenant(TestPersonnummer.next(), "Alva Ek"),
          new Signal.CoTenant("19800230-1234", "Erik Ek"));
      case "NO_CO_TENANT_NAME" -> List.of(new Signal.CoTenant("121212-1212", null));
      case "RLO_IN_CO_TENANT_NAME" -> List.of(new Signal.CoTenant("121212-1212", "Erik \u202Ekeg"));
      case "NULL_CO_TENANT" -> java.util.Arrays.asList((Signal.CoTenant) null);
      case "CO_TENANT_IS_THE_TENANT" -> List.of(new Signal.CoTenant("191212121212", "Tove Ek"));
      case "CO_TENANT_TWICE" -> List.of(erik, new Signal.CoTenant("201212121212", "Erik Ek"));
      case "FIVE_CO_TENANTS" -> java.util.Collections.nCopies(5, erik);
      default -> throw new IllegalArgumentException(fault);
    };
  }

  @Test
  void theRulesTakeTheBoundsAsTheyAre() {
    assertThat(rules.check(with(x -> copy(x, 30, new BigDecimal("99999999.99"), TODAY, TODAY.plusYears(5)
        .atTime(9, 0)))).childrenInHousehold()).isEqualTo(30);
    assertThat(rules.check(with(x -> copy(x, 0, new BigDecimal("1E+2"), LocalDate.of(1900, 1, 1), null)))
        .rentDebtSek()).isEqualTo(new BigDecimal("100.00"));
  }

  private static Signal faulty(String fault) {
    return switch (fault) {
      case "NO_REFERENCE" -> with(x -> new Signal(" ", x.source(), x.type(), x.tenantPersonalNumber(), x.tenantName(),
          x.street(), x.postalCode(), x.city(), x.landlordName(), x.landlordOrganisationNumber(),
          x.childrenInHousehold(), x.rentDebtSek(), x.noticeServedDate(), x.socialServicesNotifiedDate(),
          x.evictionDate()));
      case "LONG_REFERENCE" -> text(0, "x".repeat(101));
      case "NO_SOURCE" -> with(x -> new Signal(x.externalReference(), null, x.type(), x.tenantPersonalNumber(),
          x.tenantName(), x.street(), x.postalCode(), x.city(), x.landlordName(), x.landlordOrganisationNumber(),
          x.childrenInHousehold(), x.rentDebtSek(), x.noticeServedDate(), x.socialServicesNotifiedDate(),
          x.evictionDate()));
      case "NO_TYPE" -> with(x -> new Signal(x.externalReference(), x.source(), null, x.tenantPersonalNumber(),
          x.tenantName(), x.street(), x.postalCode(), x.city(), x.landlordName(), x.landlordOrganisationNumber(),
          x.childrenInHousehold(), x.rentDebtSek(), x.noticeServedDate(), x.socialServicesNotifiedDate(),
          x.evictionDate()));
      case "NO_PERSONNUMMER" -> text(1, "");
      case "LONG_PERSONNUMMER" -> text(1, "19121212-1212" + " ".repeat(8));
      case "BAD_CHECK_DIGIT" -> text(1, "19121212-1213");
      case "NO_NAME" -> text(2, null);
      case "NUL_IN_NAME" -> text(2, "Tove\u0000Ek");
      case "UNIT_SEPARATOR_AT_END" -> text(2, "Tove Ek\u001f");
      case "RLO_IN_NAME" -> text(2, "Tove \u202Ekeg");
      case "NO_STREET" -> text(3, "\t");
      case "NO_POSTAL_CODE" -> text(4, null);
      case "LONG_POSTAL_CODE" -> text(4, "113 59 113 5");
      case "SHORT_POSTAL_CODE" -> text(4, "12");
      case "NO_CITY" -> text(5, "");
      case "LINE_BREAK_IN_LANDLORD" -> text(6, "Rad\nbrytning AB");
      case "NEGATIVE_CHILDREN" -> with(x -> copy(x, -1, x.rentDebtSek(), x.noticeServedDate(), x.evictionDate()));
      case "MANY_CHILDREN" -> with(x -> copy(x, 31, x.rentDebtSek(), x.noticeServedDate(), x.evictionDate()));
      case "NEGATIVE_DEBT" -> with(x -> copy(x, 0, new BigDecimal("-5"), x.noticeServedDate(), x.evictionDate()));
      case "HUGE_DEBT" -> with(x -> copy(x, 0, new BigDecimal("1E+10"), x.noticeServedDate(), x.evictionDate()));
      case "THREE_DECIMALS" -> with(x -> copy(x, 0, new BigDecimal("12.345"), x.noticeServedDate(), x.evictionDate()));
      case "NOTICE_TOMORROW" -> with(x -> copy(x, 0, null, TODAY.plusDays(1), x.evictionDate()));
      case "NOTICE_1899" -> with(x -> copy(x, 0, null, LocalDate.of(1899, 12, 31), x.evictionDate()));
      case "NOTIFIED_TOMORROW" -> with(x -> new Signal(x.externalReference(), x.source(), x.type(),
          x.tenantPersonalNumber(), x.tenantName(), x.street(), x.postalCode(), x.city(), x.landlordName(),
          x.landlordOrganisationNumber(), x.childrenInHousehold(), x.rentDebtSek(), x.noticeServedDate(),
          TODAY.plusDays(1), x.evictionDate()));
      case "EVICTION_IN_SIX_YEARS" -> with(x -> copy(x, 0, null, null, TODAY.plusYears(6).atTime(9, 0)));
      default -> throw new IllegalArgumentException(fault);
    };
  }

  private static Signal with(UnaryOperator<Signal> change) {
    return change.apply(valid());
  }

  /** The signal with one of its texts replaced: reference, personnummer, name, street, postal code, city, landlord. */
  private static Signal text(int which, String value) {
    Signal x = valid();
    String[] t = {x.externalReference(), x.tenantPersonalNumber(), x.tenantName(), x.street(), x.postalCode(),
        x.city(), x.landlordName()};
    t[which] = value;
    return new Signal(t[0], x.source(), x.type(), t[1], t[2], t[3], t[4], t[5], t[6], x.landlordOrganisationNumber(),
        x.childrenInHousehold(), x.rentDebtSek(), x.noticeServedDate(), x.socialServicesNotifiedDate(),
        x.evictionDate());
  }

  private static Signal copy(Signal x, Integer children, BigDecimal debt, LocalDate served, LocalDateTime eviction) {
    return new Signal(x.externalReference(), x.source(), x.type(), x.tenantPersonalNumber(), x.tenantName(),
        x.street(), x.postalCode(), x.city(), x.landlordName(), x.landlordOrganisationNumber(), children, debt,
        served, x.socialServicesNotifiedDate(), eviction);
  }
}
