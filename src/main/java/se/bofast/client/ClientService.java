package se.bofast.client;

import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.TextRules;

/**
 * The client register's facade. Every method is one transaction, or joins the caller's
 * (a process step: the engine runs in Spring's transaction), and enforces every rule itself,
 * whoever calls it: a refused call throws {@link InvalidInputException} and stores nothing.
 */
@Service
@Transactional
public class ClientService {

  static final String PERSONAL_NUMBER = "personalNumber";

  /** YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDD+NNNN (+: 100 years or older). */
  private static final Pattern ACCEPTED_FORMS = Pattern.compile("\\d{8}-?\\d{4}|\\d{6}[-+]\\d{4}");

  /** No one alive was born earlier; an older year is a typing error (or a test of the system). */
  static final int EARLIEST_BIRTH_YEAR = 1900;

  private final ClientRepository clients;
  private final ClientFactRepository facts;
  private final Clock clock = Clock.system(ClientConstants.ZONE);

  ClientService(ClientRepository clients, ClientFactRepository facts) {
    this.clients = clients;
    this.facts = facts;
  }

  public ClientView registerIdentified(String personalNumber, String firstName, String lastName,
      Integer childrenInHousehold, Needs needs, String registeredBy) {
    Personnummer number = parse(personalNumber);
    String normalized = number.format(true);
    String first = requiredName("firstName", firstName, "förnamn");
    String last = requiredName("lastName", lastName, "efternamn");
    if (childrenInHousehold != null) {
      requireChildren(childrenInHousehold);
    }
    requireNeeds(needs);
    String by = requiredUser("registeredBy", registeredBy);
    requireUnused(normalized);
    ClientEntity client = ClientEntity.identified(normalized, isCoordinationNumber(number), first, last,
        childrenInHousehold, needs, by, now());
    return saveAndFlush(client).toView();
  }

  public ClientView registerUnidentified(String alias, Needs needs, String registeredBy) {
    String trimmedAlias = trim(alias);
    if (trimmedAlias == null) {
      throw new InvalidInputException("alias", "Ange ett alias för en oidentifierad klient.");
    }
    if (trimmedAlias.length() > ClientConstants.ALIAS_MAX_LENGTH) {
      throw new InvalidInputException("alias",
          "Aliaset får vara högst " + ClientConstants.ALIAS_MAX_LENGTH + " tecken.");
    }
    TextRules.check("alias", trimmedAlias, ClientConstants.ALIAS_MAX_LENGTH, false);
    requireNeeds(needs);
    String by = requiredUser("registeredBy", registeredBy);
    return saveAndFlush(ClientEntity.unidentified(trimmedAlias, needs, by, now())).toView();
  }

  public ClientView identify(long clientId, String personalNumber, String firstName, String lastName,
      String identifiedBy) {
    ClientEntity client = load(clientId);
    if (client.isIdentified()) {
      throw new InvalidInputException("clientId", "Klienten är redan identifierad.");
    }
    Personnummer number = parse(personalNumber);
    String normalized = number.format(true);
    String first = requiredName("firstName", firstName, "förnamn");
    String last = requiredName("lastName", lastName, "efternamn");
    String by = requiredUser("identifiedBy", identifiedBy);
    requireUnused(normalized);
    client.identify(normalized, isCoordinationNumber(number), first, last, by, now());
    return saveAndFlush(client).toView();
  }

  @Transactional(readOnly = true)
  public ClientView get(long clientId) {
    return load(clientId).toView();
  }

  /** The client, or empty when there is none with this id (for REST: 404 rather than 400). */
  @Transactional(readOnly = true)
  Optional<ClientView> find(long clientId) {
    return clients.findById(clientId).map(ClientEntity::toView);
  }

  @Transactional(readOnly = true)
  public Optional<ClientView> findByPersonalNumber(String personalNumber) {
    return clients.findByPersonalNumber(normalizePersonalNumber(personalNumber)).map(ClientEntity::toView);
  }

  /**
   * For a module that holds a person's identity in its own record (an eviction case's tenant):
   * the identified client with this number, with the household's children updated when given,
   * or a new identified client under the full name (first word the first name, the rest the last).
   */
  public ClientView findOrRegisterIdentified(String personalNumber, String fullName, Integer childrenInHousehold,
      Needs needs, String registeredBy) {
    Optional<ClientEntity> known = clients.findByPersonalNumber(normalizePersonalNumber(personalNumber));
    if (known.isPresent()) {
      if (childrenInHousehold != null) {
        updateHousehold(known.get().getId(), childrenInHousehold);
      }
      return known.get().toView();
    }
    String name = trim(fullName);
    if (name == null) {
      throw new InvalidInputException("fullName", "Ange namn.");
    }
    String[] names = name.split("\\s+", 2);
    return registerIdentified(personalNumber, names[0], names.length > 1 ? names[1] : names[0], childrenInHousehold,
        needs, registeredBy);
  }

  public void updateHousehold(long clientId, int childrenInHousehold) {
    ClientEntity client = load(clientId);
    requireChildren(childrenInHousehold);
    client.setChildrenInHousehold(childrenInHousehold);
    saveAndFlush(client);
  }

  public void recordFact(long clientId, FactKind kind, LocalDate date, String recordedBy) {
    ClientEntity client = load(clientId);
    if (kind == null) {
      throw new InvalidInputException("kind", "Ange vilket slags uppgift det gäller.");
    }
    if (date == null) {
      throw new InvalidInputException("date", "Ange ett datum.");
    }
    if (date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("date", "Datumet får inte ligga i framtiden.");
    }
    String by = requiredUser("recordedBy", recordedBy);
    facts.saveAndFlush(new ClientFactEntity(client.getId(), kind, date, by, now()));
  }

  @Transactional(readOnly = true)
  public TreatmentFacts treatmentFacts(long clientId) {
    load(clientId);
    return new TreatmentFacts(latest(clientId, FactKind.TREATMENT_COMPLETED), latest(clientId, FactKind.DRUG_FREE_SINCE));
  }

  /**
   * A personnummer or samordningsnummer in any accepted form as 12 digits, YYYYMMDDNNNN.
   *
   * @throws InvalidInputException on field "personalNumber" when the form, the date or the check digit is wrong
   */
  public static String normalizePersonalNumber(String input) {
    return parse(input).format(true);
  }

  private static Personnummer parse(String input) {
    String trimmed = trim(input);
    if (trimmed == null) {
      throw new InvalidInputException(PERSONAL_NUMBER, "Ange personnummer eller samordningsnummer.");
    }
    if (!ACCEPTED_FORMS.matcher(trimmed).matches()) {
      throw invalidPersonalNumber("skriv ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, ÅÅMMDD-NNNN eller ÅÅMMDD+NNNN.");
    }
    Personnummer number;
    try {
      number = Personnummer.parse(trimmed);
    } catch (PersonnummerException e) {
      // The library has validated; this only tells the user which part is wrong.
      throw invalidPersonalNumber(dateExists(trimmed) ? "kontrollsiffran stämmer inte." : "datumet finns inte.");
    }
    LocalDate born = number.getDate().toLocalDate();
    if (born.isAfter(LocalDate.now(ClientConstants.ZONE))) {
      throw invalidPersonalNumber("födelsedatumet ligger i framtiden.");
    }
    if (born.getYear() < EARLIEST_BIRTH_YEAR) {
      throw invalidPersonalNumber("födelseåret kan inte vara före " + EARLIEST_BIRTH_YEAR + ".");
    }
    return number;
  }

  /** Whether the number's date (day - 60 for a samordningsnummer) exists in some century it may mean. */
  private static boolean dateExists(String number) {
    String digits = number.replaceAll("[-+]", "");
    int dateLength = digits.length() - 4;
    int month = Integer.parseInt(digits.substring(dateLength - 4, dateLength - 2));
    int day = Integer.parseInt(digits.substring(dateLength - 2, dateLength));
    day = day > 60 ? day - 60 : day;
    int[] years = dateLength == 8
        ? new int[] {Integer.parseInt(digits.substring(0, 4))}
        : new int[] {1800, 1900, 2000}; // YYMMDD: try each century
    for (int year : years) {
      int y = dateLength == 8 ? year : year + Integer.parseInt(digits.substring(0, 2));
      try {
        LocalDate.of(y, month, day);
        return true;
      } catch (java.time.DateTimeException e) {
        // not in this century
      }
    }
    return false;
  }

  private static InvalidInputException invalidPersonalNumber(String reason) {
    return new InvalidInputException(PERSONAL_NUMBER, "Ogiltigt personnummer eller samordningsnummer: " + reason);
  }

  /** A samordningsnummer has 60 added to the day of birth. */
  private static boolean isCoordinationNumber(Personnummer number) {
    return Integer.parseInt(number.getDay()) > 60;
  }

  private ClientEntity load(long clientId) {
    return clients.findById(clientId)
        .orElseThrow(() -> new InvalidInputException("clientId", "Klienten finns inte (id " + clientId + ")."));
  }

  private void requireUnused(String normalizedPersonalNumber) {
    if (clients.existsByPersonalNumber(normalizedPersonalNumber)) {
      throw duplicate();
    }
  }

  private ClientEntity saveAndFlush(ClientEntity client) {
    try {
      return clients.saveAndFlush(client);
    } catch (DataIntegrityViolationException e) {
      // Two registrations of the same person at once: the unique constraint decides.
      String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("uq_client_personal_number")) {
        throw duplicate();
      }
      throw e;
    }
  }

  private static InvalidInputException duplicate() {
    return new InvalidInputException(PERSONAL_NUMBER, "Det finns redan en klient med detta personnummer.");
  }

  private LocalDate latest(long clientId, FactKind kind) {
    return facts.findFirstByClientIdAndKindOrderByFactDateDescIdDesc(clientId, kind)
        .map(ClientFactEntity::getFactDate).orElse(null);
  }

  private static String requiredName(String field, String value, String what) {
    String trimmed = trim(value);
    if (trimmed == null) {
      throw new InvalidInputException(field, "Ange " + what + ".");
    }
    if (trimmed.length() > ClientConstants.NAME_MAX_LENGTH) {
      throw new InvalidInputException(field,
          "Ett " + what + " får vara högst " + ClientConstants.NAME_MAX_LENGTH + " tecken.");
    }
    return TextRules.check(field, trimmed, ClientConstants.NAME_MAX_LENGTH, false);
  }

  private static void requireChildren(int childrenInHousehold) {
    Households.childrenCount(childrenInHousehold, "childrenInHousehold");
  }

  private static void requireNeeds(Needs needs) {
    if (needs == null) {
      throw new InvalidInputException("needs", "Ange behov: ADDICTION, PSYCHIATRIC eller BOTH.");
    }
  }

  private static String requiredUser(String field, String userId) {
    String trimmed = trim(userId);
    if (trimmed == null) {
      throw new InvalidInputException(field, "Ange vem som gör ändringen.");
    }
    return trimmed;
  }

  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private Instant now() {
    return clock.instant();
  }
}
