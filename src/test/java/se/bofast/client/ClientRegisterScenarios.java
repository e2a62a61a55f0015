package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.bofast.platform.web.InvalidInputException;

/**
 * The client register through its facade, on whichever database the subclass runs the
 * application: what a case manager registers is what comes back, and a refused call stores nothing.
 */
abstract class ClientRegisterScenarios {

  @Autowired
  ClientService clients;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  RuntimeService runtimeService;

  @Test
  void registersAnIdentifiedClient() {
    String number = TestNumbers.next();
    ClientView kim = clients.registerIdentified(number, "  Kim ", " Lindqvist ", 2, Needs.BOTH, "kim");

    assertThat(kim.identified()).isTrue();
    assertThat(kim.personalNumber()).isEqualTo(TestNumbers.digits(number));
    assertThat(kim.coordinationNumber()).isFalse();
    assertThat(kim.firstName()).isEqualTo("Kim");
    assertThat(kim.lastName()).isEqualTo("Lindqvist");
    assertThat(kim.displayName()).isEqualTo("Kim L.");
    assertThat(kim.childrenInHousehold()).isEqualTo(2);
    assertThat(kim.complexNeeds()).isTrue();
    assertThat(clients.get(kim.id())).isEqualTo(kim);
    assertThat(clients.findByPersonalNumber(number.substring(2))).contains(kim);
    Map<String, Object> row = jdbc.queryForMap(
        "SELECT created_by, identified_by, created_at, identified_at FROM client WHERE id = ?", kim.id());
    assertThat(row.get("created_by")).isEqualTo("kim");
    assertThat(row.get("identified_by")).isEqualTo("kim");
    assertThat(row.get("created_at")).isNotNull();
  }

  @Test
  void findsOrRegistersTheIdentifiedClientOfAnotherModulesRecord() {
    String number = TestNumbers.next();
    ClientView registered = clients.findOrRegisterIdentified(number, "  Tove  Ek Lund ", 1, Needs.PSYCHIATRIC,
        "system");
    assertThat(registered.identified()).isTrue();
    assertThat(registered.personalNumber()).isEqualTo(TestNumbers.digits(number));
    assertThat(registered.firstName()).isEqualTo("Tove");
    assertThat(registered.lastName()).as("the rest of the full name").isEqualTo("Ek Lund");
    assertThat(registered.displayName()).isEqualTo("Tove E.");
    assertThat(registered.childrenInHousehold()).isEqualTo(1);
    assertThat(registered.needs()).isEqualTo(Needs.PSYCHIATRIC);
    assertThat(jdbc.queryForObject("SELECT created_by FROM client WHERE id = ?", String.class, registered.id()))
        .isEqualTo("system");

    ClientView found = clients.findOrRegisterIdentified(number.substring(2), "Tove Ek", 3, Needs.BOTH, "sara");
    assertThat(found.id()).as("the same client, in any accepted form of the number").isEqualTo(registered.id());
    assertThat(found.childrenInHousehold()).as("the household brought up to date").isEqualTo(3);
    assertThat(found.lastName()).as("the register's name is kept").isEqualTo("Ek Lund");
    assertThat(found.needs()).as("the register's needs are kept").isEqualTo(Needs.PSYCHIATRIC);
    assertThat(clients.get(registered.id())).isEqualTo(found);
    assertThat(clients.findOrRegisterIdentified(number, "Tove Ek", null, Needs.BOTH, "sara").childrenInHousehold())
        .as("unknown children keep what is known").isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM client WHERE personal_number = ?", Long.class,
        TestNumbers.digits(number))).isEqualTo(1L);
  }

  @Test
  void findOrRegisterTakesAOneWordNameAsBothNamesAndRefusesWhatRegisterRefuses() {
    ClientView one = clients.findOrRegisterIdentified(TestNumbers.next(), "Madonna", null, Needs.ADDICTION, "system");
    assertThat(one.firstName()).isEqualTo("Madonna");
    assertThat(one.lastName()).isEqualTo("Madonna");
    assertThat(one.childrenInHousehold()).isNull();

    long before = clientRows();
    String number = TestNumbers.next();
    assertRefused(() -> clients.findOrRegisterIdentified(number, "  ", 0, Needs.ADDICTION, "system"),
        "fullName", "Ange namn.");
    assertRefused(() -> clients.findOrRegisterIdentified(number, "Tove Ek", 0, null, "system"),
        "needs", "Ange behov: ADDICTION, PSYCHIATRIC eller BOTH.");
    assertRefused(() -> clients.findOrRegisterIdentified(number, "Tove Ek", -1, Needs.ADDICTION, "system"),
        "childrenInHousehold", "Antalet barn kan inte vara negativt.");
    assertThatThrownBy(() -> clients.findOrRegisterIdentified("12345", "Tove Ek", 0, Needs.ADDICTION,
        "system")).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("personalNumber"));
    assertThat(clientRows()).as("a refused call stores nothing").isEqualTo(before);
  }

  @Test
  void registersAClientWithASamordningsnummer() {
    String number = TestNumbers.nextCoordination();
    ClientView client = clients.registerIdentified(number, "Ali", "Nur", null, Needs.ADDICTION, "sara");

    assertThat(client.coordinationNumber()).isTrue();
    assertThat(client.personalNumber()).isEqualTo(TestNumbers.digits(number));
    assertThat(client.childrenInHousehold()).as("unknown").isNull();
    assertThat(client.complexNeeds()).isFalse();
  }

  @Test
  void identifyingAnUnidentifiedClientLaterKeepsItsIdAndAlias() {
    ClientView unidentified = clients.registerUnidentified(" Blå jackan ", Needs.PSYCHIATRIC, "kim");
    assertThat(unidentified.identified()).isFalse();
    assertThat(unidentified.personalNumber()).isNull();
    assertThat(unidentified.alias()).isEqualTo("Blå jackan");
    assertThat(unidentified.displayName()).isEqualTo("Blå jackan (oidentifierad)");

    String number = TestNumbers.next();
    ClientView identified = clients.identify(unidentified.id(), number.substring(2), "Åsa", "Öberg", "sara");

    assertThat(identified.id()).isEqualTo(unidentified.id());
    assertThat(identified.alias()).isEqualTo("Blå jackan");
    assertThat(identified.identified()).isTrue();
    assertThat(identified.personalNumber()).isEqualTo(TestNumbers.digits(number));
    assertThat(identified.displayName()).isEqualTo("Åsa Ö.");
    assertThat(identified.needs()).isEqualTo(Needs.PSYCHIATRIC);
    assertThat(clients.findByPersonalNumber(number)).contains(identified);
    assertThat(jdbc.queryForObject("SELECT identified_by FROM client WHERE id = ?", String.class, identified.id()))
        .isEqualTo("sara");
    assertThat(jdbc.queryForObject("SELECT created_by FROM client WHERE id = ?", String.class, identified.id()))
        .isEqualTo("kim");

    assertThatThrownBy(() -> clients.identify(identified.id(), TestNumbers.next(), "Åsa", "Öberg", "sara"))
        .isInstanceOf(InvalidInputException.class).hasMessage("Klienten är redan identifierad.");
    assertThat(clients.get(identified.id())).isEqualTo(identified);
  }

  @Test
  void aPersonalNumberBelongsToOneClientOnly() {
    String number = TestNumbers.next();
    clients.registerIdentified(number, "Kim", "Lind", 0, Needs.ADDICTION, "kim");
    long before = clientRows();

    assertThatThrownBy(() -> clients.registerIdentified(TestNumbers.digits(number), "Kim", "Lind", 0,
        Needs.ADDICTION, "sara"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("personalNumber");
          assertThat(e.getMessage()).isEqualTo("Det finns redan en klient med detta personnummer.");
        });

    ClientView alias = clients.registerUnidentified("Mössan", Needs.BOTH, "kim");
    assertThatThrownBy(() -> clients.identify(alias.id(), number, "Kim", "Lind", "kim"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Det finns redan en klient med detta personnummer.");
    assertThat(clients.get(alias.id()).identified()).as("the refused identification stored nothing").isFalse();
    assertThat(clientRows()).isEqualTo(before + 1);
  }

  @Test
  void treatmentFactsAreTheLatestOfEachKindByDate() {
    long id = clients.registerUnidentified("Facts " + System.nanoTime() % 100000, Needs.ADDICTION, "kim").id();
    assertThat(clients.treatmentFacts(id)).isEqualTo(new TreatmentFacts(null, null));

    clients.recordFact(id, FactKind.TREATMENT_COMPLETED, LocalDate.of(2024, 5, 1), "kim");
    clients.recordFact(id, FactKind.TREATMENT_COMPLETED, LocalDate.of(2023, 1, 1), "sara"); // recorded later, earlier date
    clients.recordFact(id, FactKind.DRUG_FREE_SINCE, LocalDate.of(2024, 2, 1), "kim");
    clients.recordFact(id, FactKind.DRUG_FREE_SINCE, LocalDate.of(2024, 9, 1), "kim");

    assertThat(clients.treatmentFacts(id))
        .isEqualTo(new TreatmentFacts(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 9, 1)));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM client_fact WHERE client_id = ?", Long.class, id))
        .isEqualTo(4);
  }

  @Test
  void aFactDateInTheFutureIsRefusedAndNothingStored() {
    long id = clients.registerUnidentified("Framtid", Needs.ADDICTION, "kim").id();
    clients.recordFact(id, FactKind.DRUG_FREE_SINCE, LocalDate.now(ClientConstants.ZONE), "kim");

    assertThatThrownBy(() -> clients.recordFact(id, FactKind.DRUG_FREE_SINCE,
        LocalDate.now(ClientConstants.ZONE).plusDays(1), "kim"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("date");
          assertThat(e.getMessage()).isEqualTo("Datumet får inte ligga i framtiden.");
        });
    assertThat(clients.treatmentFacts(id).drugFreeSince()).isEqualTo(LocalDate.now(ClientConstants.ZONE));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM client_fact WHERE client_id = ?", Long.class, id))
        .isEqualTo(1);
  }

  @Test
  void theHouseholdCanBeUpdatedButNotBelowZero() {
    long id = clients.registerIdentified(TestNumbers.next(), "Bo", "Ek", null, Needs.PSYCHIATRIC, "kim").id();
    clients.updateHousehold(id, 3);
    assertThat(clients.get(id).childrenInHousehold()).isEqualTo(3);

    assertThatThrownBy(() -> clients.updateHousehold(id, -1))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("childrenInHousehold"));
    assertThat(clients.get(id).childrenInHousehold()).isEqualTo(3);
  }

  @Test
  void invalidInputIsRefusedNamingTheFieldAndStoresNothing() {
    long before = clientRows();
    assertRefused(() -> clients.registerIdentified(TestNumbers.next(), " ", "Ek", null, Needs.BOTH, "kim"),
        "firstName", "Ange förnamn.");
    assertRefused(() -> clients.registerIdentified(TestNumbers.next(), "Bo", null, null, Needs.BOTH, "kim"),
        "lastName", "Ange efternamn.");
    assertRefused(() -> clients.registerIdentified(TestNumbers.next(), "Bo", "Ek", -1, Needs.BOTH, "kim"),
        "childrenInHousehold", "Antalet barn kan inte vara negativt.");
    assertRefused(() -> clients.registerIdentified(TestNumbers.next(), "Bo", "Ek", 1, null, "kim"),
        "needs", "Ange behov: ADDICTION, PSYCHIATRIC eller BOTH.");
    assertRefused(() -> clients.registerIdentified("19900230-1234", "Bo", "Ek", 1, Needs.BOTH, "kim"),
        "personalNumber", "Ogiltigt personnummer eller samordningsnummer: datumet finns inte.");
    assertRefused(() -> clients.registerUnidentified("  ", Needs.BOTH, "kim"),
        "alias", "Ange ett alias för en oidentifierad klient.");
    assertRefused(() -> clients.registerUnidentified("x".repeat(61), Needs.BOTH, "kim"),
        "alias", "Aliaset får vara högst 60 tecken.");
    assertRefused(() -> clients.get(987654321L), "clientId", "Klienten finns inte (id 987654321).");
    assertRefused(() -> clients.recordFact(987654321L, FactKind.DRUG_FREE_SINCE, LocalDate.of(2024, 1, 1), "kim"),
        "clientId", "Klienten finns inte (id 987654321).");
    assertThat(clientRows()).isEqualTo(before);
    assertThat(clients.registerUnidentified("x".repeat(60), Needs.BOTH, "kim").alias()).hasSize(60);
  }

  /** A process step calls the facade inside the engine's transaction: a failure undoes both. */
  @Test
  void aRefusedCallRollsBackTheWholeTransactionIncludingTheEngine() {
    String number = TestNumbers.next();
    String businessKey = "ROLLBACK-" + System.nanoTime();
    long clientsBefore = clientRows();

    assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      clients.registerIdentified(number, "Kim", "Lind", 1, Needs.BOTH, "kim");
      runtimeService.startProcessInstanceByKey("platform-smoke", businessKey);
      clients.registerIdentified(number, "Kim", "Lind", 1, Needs.BOTH, "kim"); // duplicate: refused
    })).isInstanceOf(InvalidInputException.class);

    assertThat(clientRows()).isEqualTo(clientsBefore);
    assertThat(clients.findByPersonalNumber(number)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
  }

  private long clientRows() {
    return jdbc.queryForObject("SELECT count(*) FROM client", Long.class);
  }

  private static void assertRefused(Runnable call, String field, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).isEqualTo(message);
    });
  }
}
