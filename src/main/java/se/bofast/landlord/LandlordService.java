package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.ApartmentService;
import se.bofast.housing.Step;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.DateRange;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.SafeText;
import se.bofast.platform.web.TextRules;
import se.bofast.platform.web.NotFoundException;

/**
 * The partner register's facade: landlords, Bostadsförmedlingen and Kronofogden, their
 * contact persons, the contact log, lease agreements and apartment needs, and the glue to
 * each partner's landlord-relations instance. Every method is one transaction, or joins the
 * caller's (a process step), and checks every rule itself: a refusal throws
 * {@link InvalidInputException} naming the field and stores nothing. Who did it is the
 * engine's current user ({@link CurrentUser}: the /api or Tasklist user, "system" for jobs).
 */
@Service
@Transactional
public class LandlordService {

  /** A new partner; the annotations let /api name every wrong field at once, the methods below check again. */
  public record NewPartner(PartnerKind kind, @SafeText(max = NAME_MAX_LENGTH) String name,
      @SafeText(max = ORGANISATION_NUMBER_INPUT_MAX_LENGTH) String organisationNumber,
      @SafeText(max = CONTACT_INTERVAL_MAX_LENGTH) String contactInterval) {
  }

  public record NewContactPerson(@SafeText(max = PERSON_NAME_MAX_LENGTH) String name,
      @SafeText(max = ROLE_MAX_LENGTH) String role, @SafeText(max = PHONE_MAX_LENGTH) String phone,
      @SafeText(max = EMAIL_MAX_LENGTH) String email) {
  }

  /** A contact in the log; subject and outcome are free-text notes (line breaks allowed). */
  public record NewContact(@DateRange(yearsAhead = 0) LocalDate date, ContactChannel channel,
      @SafeText(max = SUBJECT_MAX_LENGTH, multiline = true) String subject,
      @SafeText(max = OUTCOME_MAX_LENGTH, multiline = true) String outcome,
      @SafeText(max = CASE_NUMBER_MAX_LENGTH) String evictionCaseNumber,
      @SafeText(max = CASE_NUMBER_MAX_LENGTH) String journeyCaseNumber) {
  }

  /** An apartment obtained in a negotiation, as the form records it. */
  public record ObtainedApartmentInput(String street, String postalCode, String city, Step kind) {
  }

  public record ContactPersonView(long id, String name, String role, String phone, String email) {
  }

  public record AgreementView(long id, long partnerId, long apartmentId, LocalDate validFrom, Long needId) {
  }

  public record PartnerView(long id, PartnerKind kind, String name, String organisationNumber,
      String contactInterval, boolean active, String processInstanceId, List<ContactPersonView> contactPersons,
      List<AgreementView> agreements) {
  }

  public record ContactView(long id, long partnerId, LocalDate date, ContactChannel channel, String subject,
      String outcome, String evictionCaseNumber, String journeyCaseNumber, String userId) {
  }

  public record NeedView(long id, long partnerId, Step kind, int requested, Integer obtained, NeedStatus status) {
  }

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,30}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3} ?\\d{2}");
  private static final java.util.Set<String> MULTILINE_FIELDS = java.util.Set.of("subject", "outcome");
  private static final int MIN_INTERVAL_DAYS = 7;
  private static final int MAX_INTERVAL_DAYS = 730;

  private final PartnerRepository partners;
  private final ContactPersonRepository contactPersons;
  private final PartnerContactRepository contacts;
  private final ApartmentNeedRepository needs;
  private final ObtainedApartmentRepository obtained;
  private final LeaseAgreementRepository agreements;
  private final ApartmentService apartments;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final SystemAccess system;
  private final LandlordProperties properties;
  private final CurrentUser user;
  private final Clock clock;

  LandlordService(PartnerRepository partners, ContactPersonRepository contactPersons,
      PartnerContactRepository contacts, ApartmentNeedRepository needs, ObtainedApartmentRepository obtained,
      LeaseAgreementRepository agreements, ApartmentService apartments, RuntimeService runtimeService,
      ManagementService managementService, SystemAccess system, LandlordProperties properties, CurrentUser user,
      Clock clock) {
    this.partners = partners;
    this.contactPersons = contactPersons;
    this.contacts = contacts;
    this.needs = needs;
    this.obtained = obtained;
    this.agreements = agreements;
    this.apartments = apartments;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.system = system;
    this.properties = properties;
    this.user = user;
    this.clock = clock;
  }

  // --- partners ---------------------------------------------------------------------------

  /** Registers a partner and starts its landlord-relations instance (business key: the partner id). */
  public PartnerView create(NewPartner cmd) {
    if (cmd == null || cmd.kind() == null) {
      throw new InvalidInputException("kind", "Ange vilket slags partner: LANDLORD, BOSTADSFORMEDLINGEN eller KRONOFOGDEN.");
    }
    String name = text(cmd.name(), "name", "Ange partnerns namn.", NAME_MAX_LENGTH);
    String number = OrganisationNumber.normalize(cmd.organisationNumber());
    Period interval = cmd.contactInterval() == null || cmd.contactInterval().isBlank()
        ? properties.defaultContactInterval()
        : interval(cmd.contactInterval());
    if (partners.existsByOrganisationNumber(number)) {
      throw duplicate();
    }
    Partner partner;
    try {
      partner = partners.saveAndFlush(new Partner(cmd.kind(), name, number, interval.toString(), now(), user.id()));
    } catch (DataIntegrityViolationException e) {
      if (String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT)
          .contains("uq_partner_organisation_number")) {
        throw duplicate();
      }
      throw e;
    }
    long id = partner.id;
    partner.processInstanceId = system.call(() -> runtimeService
        .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id), Map.of(
            VAR_PARTNER_ID, id,
            VAR_PARTNER_NAME, name,
            VAR_PARTNER_KIND, cmd.kind().name()))
        .getId());
    return view(partner);
  }

  @Transactional(readOnly = true)
  /** A Swedish organisationsnummer as NNNNNN-NNNN (date-like numbers and bad check digits refused). */
  public static String normalizeOrganisationNumber(String input) {
    return OrganisationNumber.normalize(input);
  }

  @Transactional(readOnly = true)
  public Optional<PartnerView> findByOrganisationNumber(String organisationNumber) {
    return partners.findByOrganisationNumber(OrganisationNumber.normalize(organisationNumber)).map(this::view);
  }

  public List<PartnerView> list() {
    return partners.findAllByOrderByNameAscIdAsc().stream().map(this::view).toList();
  }

  /** @throws NotFoundException when there is no partner with this id */
  @Transactional(readOnly = true)
  public PartnerView get(long partnerId) {
    return view(partner(partnerId));
  }

  @Transactional(readOnly = true)
  public Optional<PartnerView> find(long partnerId) {
    return partners.findById(partnerId).map(this::view);
  }

  /** The interval of the regular contact; the running timer is moved to match (counted from when it started). */
  public PartnerView changeContactInterval(long partnerId, String contactInterval) {
    Partner partner = partner(partnerId);
    partner.contactInterval = interval(contactInterval).toString();
    partners.saveAndFlush(partner);
    if (partner.active && partner.processInstanceId != null) {
      system.call(() -> {
        for (Job timer : managementService.createJobQuery().processInstanceId(partner.processInstanceId).timers()
            .activityId("Timer_NextContact").list()) {
          managementService.recalculateJobDuedate(timer.getId(), true);
        }
        return null;
      });
    }
    return view(partner);
  }

  /** The partner's contact interval, read by the model's timer (${landlordDue.contactInterval(partnerId)}). */
  @Transactional(readOnly = true)
  public Period contactInterval(long partnerId) {
    return Period.parse(partner(partnerId).contactInterval);
  }

  /**
   * Ends the cooperation: open apartment needs are cancelled and the partner's
   * landlord-relations instance ends (message PartnerDeactivated).
   */
  public PartnerView deactivate(long partnerId) {
    Partner partner = partner(partnerId);
    if (!partner.active) {
      throw new InvalidInputException("active", "Partnern är redan avaktiverad.");
    }
    partner.active = false;
    partner.deactivatedAt = now();
    partner.deactivatedBy = user.id();
    needs.findByPartnerIdAndStatus(partnerId, NeedStatus.OPEN).forEach(n -> n.status = NeedStatus.CANCELLED);
    partners.saveAndFlush(partner);
    if (partner.processInstanceId != null) {
      system.call(() -> runtimeService.createMessageCorrelation(MESSAGE_PARTNER_DEACTIVATED)
          .processInstanceId(partner.processInstanceId)
          .correlateAllWithResult());
    }
    return view(partner);
  }

  // --- contact persons and the contact log --------------------------------------------------

  public ContactPersonView addContactPerson(long partnerId, NewContactPerson cmd) {
    partner(partnerId);
    if (cmd == null) {
      throw new InvalidInputException("name", "Ange kontaktpersonens namn.");
    }
    String name = text(cmd.name(), "name", "Ange kontaktpersonens namn.", PERSON_NAME_MAX_LENGTH);
    String role = optionalText(cmd.role(), "role", ROLE_MAX_LENGTH);
    String phone = optionalText(cmd.phone(), "phone", PHONE_MAX_LENGTH);
    String email = optionalText(cmd.email(), "email", EMAIL_MAX_LENGTH);
    if (phone == null && email == null) {
      throw new InvalidInputException("phone", "Ange telefonnummer eller e-postadress.");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidInputException("phone", "Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser.");
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException("email", "Ogiltig e-postadress.");
    }
    ContactPerson saved = contactPersons.saveAndFlush(
        new ContactPerson(partnerId, name, role, phone, email, now(), user.id()));
    return view(saved);
  }

  /** Records a contact with the partner in the contact log; the user who records it is the one who had it. */
  public ContactView recordContact(long partnerId, NewContact cmd) {
    partner(partnerId);
    if (cmd == null || cmd.date() == null) {
      throw new InvalidInputException("date", "Ange datum för kontakten.");
    }
    if (cmd.date().isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("date", "Datumet får inte ligga i framtiden.");
    }
    DateRules.check("date", cmd.date(), LocalDate.now(clock), 0);
    if (cmd.channel() == null) {
      throw new InvalidInputException("channel", "Ange kontaktsätt: PHONE, EMAIL, MEETING, LETTER eller VISIT.");
    }
    String subject = text(cmd.subject(), "subject", "Ange vad kontakten gällde.", SUBJECT_MAX_LENGTH);
    String outcome = text(cmd.outcome(), "outcome", "Ange resultatet av kontakten.", OUTCOME_MAX_LENGTH);
    String eviction = optionalText(cmd.evictionCaseNumber(), "evictionCaseNumber", CASE_NUMBER_MAX_LENGTH);
    String journey = optionalText(cmd.journeyCaseNumber(), "journeyCaseNumber", CASE_NUMBER_MAX_LENGTH);
    PartnerContact saved = contacts.saveAndFlush(new PartnerContact(partnerId, cmd.date(), cmd.channel(), subject,
        outcome, eviction, journey, user.id(), now()));
    return view(saved);
  }

  /** The partner's contact log, newest first. */
  @Transactional(readOnly = true)
  public List<ContactView> contacts(long partnerId) {
    partner(partnerId);
    return contacts.findByPartnerIdOrderByContactDateDescIdDesc(partnerId).stream().map(LandlordService::view)
        .toList();
  }

  // --- agreements and apartment needs -------------------------------------------------------

  /** The landlord leases housing's apartment (by id) to the district from validFrom (today when null). */
  public AgreementView addAgreement(long partnerId, Long apartmentId, LocalDate validFrom) {
    Partner partner = partner(partnerId);
    requireLandlord(partner);
    if (apartmentId == null) {
      throw new InvalidInputException("apartmentId", "Ange lägenhetens id.");
    }
    try {
      apartments.get(apartmentId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("apartmentId", "Lägenheten finns inte (id " + apartmentId + ").");
    }
    if (agreements.findByApartmentId(apartmentId).isPresent()) {
      throw new InvalidInputException("apartmentId", "Lägenheten har redan ett avtal med en hyresvärd.");
    }
    DateRules.check("validFrom", validFrom, LocalDate.now(clock), DateRules.DEFAULT_YEARS_AHEAD);
    LocalDate from = validFrom == null ? LocalDate.now(clock) : validFrom;
    return view(agreements.saveAndFlush(new LeaseAgreement(partnerId, apartmentId, from, null, now(), user.id())));
  }

  /**
   * The chain needs apartments of a kind: the partner's landlord-relations instance gives the
   * bosamordnare "Förhandla om lägenheter" (message ApartmentNeedRaised).
   */
  public NeedView raiseApartmentNeed(long partnerId, Step kind, int count) {
    Partner partner = partner(partnerId);
    requireLandlord(partner);
    if (!partner.active) {
      throw new InvalidInputException("active", "Partnern är avaktiverad.");
    }
    if (kind == null || !kind.isApartment()) {
      throw new InvalidInputException("kind", "Lägenhetstyp måste vara TRANINGSLAGENHET eller FORSOKSLAGENHET.");
    }
    if (count < 1 || count > MAX_APARTMENTS_PER_NEED) {
      throw new InvalidInputException("count", "Antalet lägenheter ska vara 1–" + MAX_APARTMENTS_PER_NEED + ".");
    }
    ApartmentNeed need = needs.saveAndFlush(new ApartmentNeed(partnerId, kind, count, now(), user.id()));
    system.call(() -> runtimeService.createMessageCorrelation(MESSAGE_APARTMENT_NEED_RAISED)
        .processInstanceId(partner.processInstanceId)
        .setVariablesToTriggeredScope(Map.of(
            VAR_NEED_ID, need.id,
            VAR_NEED_KIND, kind.name(),
            VAR_NEED_COUNT, count,
            VAR_APARTMENTS_OBTAINED, false))
        .correlateWithResult());
    return view(need);
  }

  @Transactional(readOnly = true)
  public List<NeedView> apartmentNeeds(long partnerId) {
    partner(partnerId);
    return needs.findByPartnerIdOrderByIdAsc(partnerId).stream().map(LandlordService::view).toList();
  }

  // --- process glue -----------------------------------------------------------------------------

  /**
   * The outcome of "Förhandla om lägenheter": the contact is logged and the apartments
   * obtained are recorded, to be added to the stock by the process's next step. Returns the
   * number obtained.
   */
  int recordNegotiation(long needId, NewContact contact, List<ObtainedApartmentInput> got) {
    ApartmentNeed need = needs.findById(needId)
        .orElseThrow(() -> new InvalidInputException(VAR_NEED_ID, "Behovet finns inte (id " + needId + ")."));
    if (need.status != NeedStatus.OPEN) {
      throw new InvalidInputException(VAR_NEED_ID, "Behovet är redan hanterat.");
    }
    List<ObtainedApartment> rows = new ArrayList<>();
    for (int i = 0; i < got.size(); i++) {
      ObtainedApartmentInput a = got.get(i);
      String n = String.valueOf(i + 1);
      String street = text(a.street(), "street" + n, "Ange gatuadress för lägenhet " + n + ".", 120);
      String postal = text(a.postalCode(), "postalCode" + n, "Ange postnummer för lägenhet " + n + ".", 10);
      if (!POSTAL_CODE.matcher(postal).matches()) {
        throw new InvalidInputException("postalCode" + n,
            "Postnumret för lägenhet " + n + " ska ha fem siffror, till exempel 113 21.");
      }
      String city = text(a.city(), "city" + n, "Ange ort för lägenhet " + n + ".", 60);
      Step kind = a.kind() == null ? need.kind : a.kind();
      if (!kind.isApartment()) {
        throw new InvalidInputException("kind" + n, "Lägenhetstyp måste vara träningslägenhet eller försökslägenhet.");
      }
      rows.add(new ObtainedApartment(needId, need.partnerId, street, postal.replace(" ", ""), city, kind));
    }
    recordContact(need.partnerId, contact);
    obtained.saveAll(rows);
    need.status = NeedStatus.NEGOTIATED;
    need.obtained = rows.size();
    need.negotiatedAt = now();
    need.negotiatedBy = user.id();
    needs.saveAndFlush(need);
    return rows.size();
  }

  /**
   * Adds the partner's obtained apartments that are not yet in the stock to housing's stock
   * (which wakes client-journey's apartment queue) and records an agreement for each.
   * Returns how many were added.
   */
  int addObtainedApartments(long partnerId) {
    Partner partner = partner(partnerId);
    List<ObtainedApartment> pending = obtained.findByPartnerIdAndApartmentIdIsNullOrderByIdAsc(partnerId);
    for (ObtainedApartment a : pending) {
      long apartmentId = apartments.add(a.street, a.postalCode, a.city, partner.name, a.kind).id();
      a.apartmentId = apartmentId;
      agreements.save(new LeaseAgreement(partnerId, apartmentId, LocalDate.now(clock), a.needId, now(), user.id()));
    }
    obtained.flush();
    return pending.size();
  }

  // --- internals --------------------------------------------------------------------------------

  private Partner partner(long partnerId) {
    return partners.findById(partnerId)
        .orElseThrow(() -> new NotFoundException("Partnern finns inte (id " + partnerId + ")."));
  }

  private static void requireLandlord(Partner partner) {
    if (partner.kind != PartnerKind.LANDLORD) {
      throw new InvalidInputException("partnerKind", "Avtal och lägenhetsbehov gäller bara hyresvärdar, inte "
          + partner.kind.label() + ".");
    }
  }

  static Period interval(String text) {
    Period period;
    try {
      period = Period.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException("contactInterval",
          "Kontaktintervallet ska anges som en ISO-8601-period, till exempel P3M (tre månader) eller P6W (sex veckor).");
    }
    long days = period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    if (period.isNegative() || days < MIN_INTERVAL_DAYS || days > MAX_INTERVAL_DAYS) {
      throw new InvalidInputException("contactInterval", "Kontaktintervallet ska vara mellan en vecka och två år.");
    }
    return period.normalized();
  }

  private static String text(String value, String field, String missing, int max) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      throw new InvalidInputException(field, missing);
    }
    if (trimmed.length() > max) {
      throw new InvalidInputException(field, "Högst " + max + " tecken.");
    }
    return TextRules.check(field, trimmed, max, MULTILINE_FIELDS.contains(field));
  }

  private static String optionalText(String value, String field, int max) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > max) {
      throw new InvalidInputException(field, "Högst " + max + " tecken.");
    }
    return TextRules.check(field, trimmed, max, MULTILINE_FIELDS.contains(field));
  }

  private static InvalidInputException duplicate() {
    return new InvalidInputException(OrganisationNumber.FIELD, "Det finns redan en partner med detta organisationsnummer.");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private PartnerView view(Partner p) {
    return new PartnerView(p.id, p.kind, p.name, p.organisationNumber, p.contactInterval, p.active,
        p.processInstanceId,
        contactPersons.findByPartnerIdOrderByIdAsc(p.id).stream().map(LandlordService::view).toList(),
        agreements.findByPartnerIdOrderByIdAsc(p.id).stream().map(LandlordService::view).toList());
  }

  private static ContactPersonView view(ContactPerson c) {
    return new ContactPersonView(c.id, c.name, c.role, c.phone, c.email);
  }

  private static AgreementView view(LeaseAgreement a) {
    return new AgreementView(a.id, a.partnerId, a.apartmentId, a.validFrom, a.needId);
  }

  private static ContactView view(PartnerContact c) {
    return new ContactView(c.id, c.partnerId, c.contactDate, c.channel, c.subject, c.outcome, c.evictionCaseNumber,
        c.journeyCaseNumber, c.userId);
  }

  private static NeedView view(ApartmentNeed n) {
    return new NeedView(n.id, n.partnerId, n.kind, n.requested, n.obtained, n.status);
  }
}
