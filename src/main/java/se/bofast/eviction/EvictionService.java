package se.bofast.eviction;

import static se.bofast.platform.web.Inputs.require;
import static se.bofast.platform.web.Inputs.requireText;
import static se.bofast.platform.web.Inputs.trimToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientService;
import se.bofast.client.DisplayNames;
import se.bofast.landlord.OrganisationNumber;
import se.bofast.platform.CaseNumbers;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.TextRules;
import se.bofast.platform.web.NotFoundException;

/**
 * Eviction cases: signal intake (one household, one case; the same signal twice is
 * recognised), the law's deadlines, the priority decision, and the case's outcome.
 */
@Service
@Transactional
public class EvictionService {

  /** What became of a received signal. */
  public record Receipt(boolean created, boolean duplicate, boolean correlated, CaseView evictionCase) {
  }

  public record SignalView(long id, SignalSource source, String externalReference, SignalType type,
      LocalDate receivedOn, Integer childrenInHousehold, BigDecimal rentDebtSek, LocalDate noticeServedDate,
      LocalDate socialServicesNotifiedDate, LocalDateTime evictionDate) {
  }

  public record CaseView(long caseId, String caseNumber, String processInstanceId, String status, String priority,
      LocalDate contactDeadline, LocalDate reclaimDeadline, LocalDateTime evictionDate, String tenantName,
      String street, String postalCode, String city, String landlordName, Integer childrenInHousehold,
      BigDecimal rentDebtSek, LocalDate firstSignalOn, LocalDate firstContactOn, Integer daysToFirstContact,
      Outcome outcome, Integer childrenAffected, Boolean socialServicesPresent, LocalDate closedOn,
      String clientJourneyCaseNumber, List<SignalView> signals) {
  }

  static final int MAX_CHILDREN = 30;
  static final BigDecimal MAX_RENT_DEBT = new BigDecimal("99999999.99");

  private static final Comparator<EvictionPriority.Result> MOST_URGENT =
      Comparator.comparingInt(EvictionPriority.Result::contactWithinDays);

  private final EvictionCaseRepository cases;
  private final EvictionSignalRepository signals;
  private final ContactAttemptRepository attempts;
  private final EvictionPriority priority;
  private final EvictionDeadlines deadlines;
  private final CaseNumbers caseNumbers;
  private final RuntimeService runtimeService;
  private final SystemAccess system;
  private final Clock clock;

  EvictionService(EvictionCaseRepository cases, EvictionSignalRepository signals, ContactAttemptRepository attempts,
      EvictionPriority priority, EvictionDeadlines deadlines, CaseNumbers caseNumbers, RuntimeService runtimeService,
      SystemAccess system, Clock clock) {
    this.cases = cases;
    this.signals = signals;
    this.attempts = attempts;
    this.priority = priority;
    this.deadlines = deadlines;
    this.caseNumbers = caseNumbers;
    this.runtimeService = runtimeService;
    this.system = system;
    this.clock = clock;
  }

  // --- intake ---------------------------------------------------------------------------------

  /** A signal over REST: a new household opens a case and starts its process (message EvictionSignalOpened). */
  public Receipt receive(Signal signal, String user) {
    return handle(signal, user, opened -> system.run(() -> {
      String pid = runtimeService.createMessageCorrelation(EvictionConstants.MESSAGE_CASE_OPENED)
          .processInstanceBusinessKey(opened.caseNumber)
          .setVariables(Map.of(EvictionConstants.VAR_CASE_ID, opened.id))
          .correlateStartMessage().getId();
      opened.processInstanceId = pid;
    }));
  }

  /** A signal from the Tasklist start form: the calling process instance becomes the new case's process. */
  public Receipt receiveInProcess(Signal signal, String user, String processInstanceId) {
    return handle(signal, user, opened -> opened.processInstanceId = processInstanceId);
  }

  private Receipt handle(Signal signal, String user, Consumer<EvictionCase> startProcess) {
    Signal s = validate(signal);
    // The household's open case is locked first: a concurrent signal for the household waits
    // here until this one is stored, then sees it (the same signal: 200, another: joins the
    // case). Two first signals at once race on the case's unique open_tenant_key instead; the
    // loser's transaction rolls back and SignalIntake runs it again, when it finds the case.
    Optional<EvictionCase> open = cases.lockOpenCase(s.tenantPersonalNumber());
    Optional<EvictionSignal> seen = signals.findBySourceAndExternalReference(s.source(), s.externalReference());
    if (seen.isPresent()) {
      return new Receipt(false, true, false, view(cases.findById(seen.get().caseId).orElseThrow()));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (open.isPresent()) {
      EvictionCase existing = open.get();
      // the case's signals so far, then this one: it is the latest (received now, the highest id)
      List<EvictionSignal> received = new ArrayList<>(signals.findByCaseIdOrderByReceivedAtAscIdAsc(existing.id));
      received.add(signals.save(new EvictionSignal(existing.id, s, user, now)));
      apply(existing, s);
      reassess(existing, false, received);
      boolean correlated = existing.processInstanceId != null && system.call(() ->
          !runtimeService.createMessageCorrelation(EvictionConstants.MESSAGE_SIGNAL_RECEIVED)
              .processInstanceId(existing.processInstanceId)
              .correlateAllWithResult().isEmpty());
      return new Receipt(false, false, correlated, view(existing, received));
    }
    // A new case is assessed before it is stored, so that it is inserted once with its priority
    // and deadlines; its process then reads it from the persistence context.
    EvictionCase created = new EvictionCase(caseNumbers.next("VR", "eviction_case_number_seq"),
        s.tenantPersonalNumber(), s.tenantName(), s.street(), s.postalCode(), s.city(), now.toLocalDate(), user, now);
    apply(created, s);
    EvictionSignal first = new EvictionSignal(0, s, user, now);
    reassess(created, true, List.of(first));
    cases.save(created);
    first.caseId = created.id;
    signals.save(first);
    startProcess.accept(created);
    return new Receipt(true, false, false, view(created, List.of(first)));
  }

  private Signal validate(Signal s) {
    String reference = TextRules.check("externalReference",
        requireText(s.externalReference(), "externalReference", "Ange avsändarens referens (externalReference)."),
        100, false);
    require(s.source(), "source", "Ange källa: LANDLORD, KRONOFOGDEN, BOSTADSFORMEDLINGEN eller SOCIAL_SERVICES.");
    require(s.type(), "type", "Ange typ: RENT_ARREARS, DISTURBANCE, EVICTION_DATE_SET eller EARLY_WARNING.");
    String pnr;
    try {
      pnr = ClientService.normalizePersonalNumber(s.tenantPersonalNumber());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("tenant.personnummer", e.getMessage());
    }
    String name = TextRules.check("tenant.name", requireText(s.tenantName(), "tenant.name", "Ange hyresgästens namn."),
        120, false);
    String street = TextRules.check("address.street", requireText(s.street(), "address.street", "Ange gatuadress."),
        120, false);
    String postal = requireText(s.postalCode(), "address.postalCode", "Ange postnummer.").replace(" ", "");
    if (!postal.matches("\\d{5}")) {
      throw new InvalidInputException("address.postalCode", "Postnumret ska ha fem siffror, till exempel 113 21.");
    }
    String city = TextRules.check("address.city", requireText(s.city(), "address.city", "Ange ort."), 60, false);
    String landlordName = TextRules.check("landlord.name", s.landlordName(), 120, false);
    String org = trimToNull(s.landlordOrganisationNumber());
    if (org != null) {
      try {
        org = OrganisationNumber.normalize(org);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("landlord.organisationNumber", e.getMessage());
      }
    }
    if (s.childrenInHousehold() != null && (s.childrenInHousehold() < 0 || s.childrenInHousehold() > MAX_CHILDREN)) {
      throw new InvalidInputException("childrenInHousehold", "Antal barn ska vara 0–" + MAX_CHILDREN + ".");
    }
    BigDecimal debt = s.rentDebtSek();
    if (debt != null && (debt.signum() < 0 || debt.scale() > 2 || debt.compareTo(MAX_RENT_DEBT) > 0)) {
      throw new InvalidInputException("rentDebtSek", debt.signum() < 0 ? "Hyresskulden kan inte vara negativ."
          : "Hyresskulden anges i kronor och ören, högst 99 999 999,99.");
    }
    LocalDate today = LocalDate.now(clock);
    if (s.noticeServedDate() != null && s.noticeServedDate().isAfter(today)) {
      throw new InvalidInputException("noticeServedDate", "Delgivningsdatumet kan inte ligga i framtiden.");
    }
    if (s.socialServicesNotifiedDate() != null && s.socialServicesNotifiedDate().isAfter(today)) {
      throw new InvalidInputException("socialServicesNotifiedDate",
          "Datumet då socialnämnden underrättades kan inte ligga i framtiden.");
    }
    DateRules.check("noticeServedDate", s.noticeServedDate(), today, 0);
    DateRules.check("socialServicesNotifiedDate", s.socialServicesNotifiedDate(), today, 0);
    DateRules.check("evictionDate", s.evictionDate() == null ? null : s.evictionDate().toLocalDate(), today,
        DateRules.DEFAULT_YEARS_AHEAD);
    return new Signal(reference, s.source(), s.type(), pnr, name, street, postal, city, landlordName, org,
        s.childrenInHousehold(), debt == null ? null : debt.setScale(2), s.noticeServedDate(),
        s.socialServicesNotifiedDate(), s.evictionDate());
  }

  /** What the new signal knows better: later facts replace earlier ones, unknowns never erase knowns. */
  private static void apply(EvictionCase c, Signal s) {
    if (s.childrenInHousehold() != null) {
      c.childrenInHousehold = s.childrenInHousehold();
    }
    if (s.rentDebtSek() != null) {
      c.rentDebtSek = s.rentDebtSek();
    }
    if (s.noticeServedDate() != null) {
      c.noticeServedDate = s.noticeServedDate();
    }
    if (s.socialServicesNotifiedDate() != null) {
      c.socialServicesNotifiedDate = s.socialServicesNotifiedDate();
    }
    if (s.evictionDate() != null) {
      c.evictionAt = s.evictionDate();
    }
    if (s.landlordName() != null) {
      c.landlordName = s.landlordName();
      c.landlordOrgNumber = s.landlordOrganisationNumber();
    }
  }

  /**
   * Recomputes the återvinningsfrist, the priority (most urgent over all signal types seen) and
   * the contact deadline from the case and all its signals ({@code received}, this one included).
   * The changes are written when the transaction ends.
   */
  private void reassess(EvictionCase c, boolean newCase, List<EvictionSignal> received) {
    boolean rentArrears = received.stream().anyMatch(x -> x.type == SignalType.RENT_ARREARS);
    c.reclaimDeadline = rentArrears ? deadlines.reclaimDeadline(c.noticeServedDate, c.socialServicesNotifiedDate) : null;
    LocalDate today = LocalDate.now(clock);
    Integer daysUntilEviction = c.evictionAt == null ? null
        : (int) ChronoUnit.DAYS.between(today, c.evictionAt.toLocalDate());
    EvictionPriority.Result result = system.call(() -> received.stream()
        .map(x -> x.type.name()).distinct()
        .map(type -> priority.evaluate(c.childrenInHousehold, type, daysUntilEviction, c.rentDebtSek))
        .min(MOST_URGENT).orElseThrow());
    c.priority = result.priority();
    if (c.firstContactOn == null) {
      LocalDate due = deadlines.addWorkingDays(today, result.contactWithinDays());
      c.contactDeadline = newCase || due.isBefore(c.contactDeadline) ? due : c.contactDeadline;
    }
  }

  // --- the process's steps ----------------------------------------------------------------------

  public void recordContactAttempt(long caseId, LocalDate date, ContactChannel channel, boolean reached,
      Integer childrenInHousehold, String user) {
    EvictionCase c = open(caseId);
    require(date, "attemptDate", "Ange datum för kontaktförsöket.");
    require(channel, "channel", "Ange hur du försökte nå hyresgästen.");
    if (date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("attemptDate", "Datumet får inte ligga i framtiden.");
    }
    if (date.isBefore(c.firstSignalOn)) {
      throw new InvalidInputException("attemptDate", "Datumet kan inte vara före den första signalen (" + c.firstSignalOn + ").");
    }
    if (childrenInHousehold != null) {
      if (childrenInHousehold < 0) {
        throw new InvalidInputException("childrenInHousehold", "Antal barn kan inte vara negativt.");
      }
      c.childrenInHousehold = childrenInHousehold;
    }
    if (reached && c.childrenInHousehold == null) {
      throw new InvalidInputException("childrenInHousehold",
          "Fråga hur många barn som bor i hushållet: barn ger ärendet högsta prioritet.");
    }
    if (reached && c.firstContactOn == null) {
      c.firstContactOn = date;
    }
    attempts.save(new ContactAttempt(caseId, date, channel, reached, user, OffsetDateTime.now(clock)));
    if (childrenInHousehold != null) {
      reassess(c, false, signals.findByCaseIdOrderByReceivedAtAscIdAsc(caseId));
    }
  }

  public void recordChildrenAffected(long caseId, int childrenAffected) {
    if (childrenAffected < 0) {
      throw new InvalidInputException("childrenAffected", "Antal barn kan inte vara negativt.");
    }
    open(caseId).childrenAffected = childrenAffected;
  }

  public void recordOutcome(long caseId, Outcome outcome, Integer childrenAffected, BigDecimal rentDebtSek,
      Boolean socialServicesPresent) {
    EvictionCase c = open(caseId);
    require(outcome, "outcome", "Ange utfall.");
    require(childrenAffected, "childrenAffected", "Ange hur många barn som berördes (0 om inga).");
    if (childrenAffected < 0) {
      throw new InvalidInputException("childrenAffected", "Antal barn kan inte vara negativt.");
    }
    if (rentDebtSek != null && rentDebtSek.signum() < 0) {
      throw new InvalidInputException("rentDebtSek", "Hyresskulden kan inte vara negativ.");
    }
    if (outcome == Outcome.EVICTED && socialServicesPresent == null) {
      throw new InvalidInputException("socialServicesPresent", "Ange om socialtjänsten var på plats vid avhysningen.");
    }
    c.outcome = outcome;
    c.childrenAffected = childrenAffected;
    if (rentDebtSek != null) {
      c.rentDebtSek = rentDebtSek;
    }
    c.socialServicesPresent = outcome == Outcome.EVICTED ? socialServicesPresent : null;
    c.status = EvictionCase.Status.CLOSED;
    c.openTenantKey = null;
    c.closedOn = LocalDate.now(clock);
  }

  public void linkClientJourney(long caseId, String journeyCaseNumber) {
    find(caseId).clientJourneyCaseNumber = journeyCaseNumber;
  }

  /** The tenant's identity, for the referral to the housing chain after an eviction. */
  public record Tenant(String personalNumber, String name, Integer childrenInHousehold) {
  }

  /** The case number and the landlord's organisationsnummer (null when not known). */
  public record LandlordOfCase(String caseNumber, String organisationNumber) {
  }

  @Transactional(readOnly = true)
  public LandlordOfCase landlord(long caseId) {
    EvictionCase c = find(caseId);
    return new LandlordOfCase(c.caseNumber, c.landlordOrgNumber);
  }

  @Transactional(readOnly = true)
  public Tenant tenant(long caseId) {
    EvictionCase c = find(caseId);
    return new Tenant(c.tenantPersonalNumber, c.tenantName, c.childrenInHousehold);
  }

  // --- reading ------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public CaseView get(long caseId) {
    return view(find(caseId));
  }

  @Transactional(readOnly = true)
  public List<CaseView> list(String status) {
    if (status == null || status.isBlank()) {
      return cases.findAllByOrderByIdAsc().stream().map(this::view).toList();
    }
    EvictionCase.Status wanted = switch (status.toLowerCase()) {
      case "open" -> EvictionCase.Status.OPEN;
      case "closed" -> EvictionCase.Status.CLOSED;
      default -> throw new InvalidInputException("status", "Status ska vara open eller closed.");
    };
    return cases.findByStatusOrderByContactDeadlineAscIdAsc(wanted).stream().map(this::view).toList();
  }

  /** What the process needs as variables: ids, flags and dates, nothing personal but the display name. */
  @Transactional(readOnly = true)
  public Map<String, Object> processFacts(long caseId) {
    EvictionCase c = find(caseId);
    Map<String, Object> facts = new HashMap<>();
    facts.put(EvictionConstants.VAR_CASE_ID, c.id);
    facts.put(EvictionConstants.VAR_CASE_NUMBER, c.caseNumber);
    facts.put(EvictionConstants.VAR_DISPLAY_NAME, DisplayNames.of(c.tenantName));
    facts.put(EvictionConstants.VAR_PRIORITY, c.priority);
    facts.put(EvictionConstants.VAR_HAS_CHILDREN, c.childrenInHousehold != null && c.childrenInHousehold > 0);
    facts.put(EvictionConstants.VAR_CONTACT_DEADLINE, c.contactDeadline);
    facts.put(EvictionConstants.VAR_RECLAIM_DEADLINE, c.reclaimDeadline);
    facts.put(EvictionConstants.VAR_EVICTION_AT, c.evictionAt);
    return facts;
  }

  private CaseView view(EvictionCase c) {
    return view(c, signals.findByCaseIdOrderByReceivedAtAscIdAsc(c.id));
  }

  private CaseView view(EvictionCase c, List<EvictionSignal> received) {
    List<SignalView> list = received.stream()
        .map(x -> new SignalView(x.id, x.source, x.externalReference, x.type, x.receivedOn, x.childrenInHousehold,
            x.rentDebtSek, x.noticeServedDate, x.socialServicesNotifiedDate, x.evictionAt))
        .toList();
    Integer days = c.firstContactOn == null ? null : (int) ChronoUnit.DAYS.between(c.firstSignalOn, c.firstContactOn);
    return new CaseView(c.id, c.caseNumber, c.processInstanceId, c.status.name(), c.priority, c.contactDeadline,
        c.reclaimDeadline, c.evictionAt, c.tenantName, c.street, c.postalCode, c.city, c.landlordName,
        c.childrenInHousehold, c.rentDebtSek, c.firstSignalOn, c.firstContactOn, days, c.outcome, c.childrenAffected,
        c.socialServicesPresent, c.closedOn, c.clientJourneyCaseNumber, list);
  }

  private EvictionCase find(long caseId) {
    return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Ärendet finns inte (id " + caseId + ")."));
  }

  private EvictionCase open(long caseId) {
    EvictionCase c = find(caseId);
    if (!c.isOpen()) {
      throw new InvalidInputException("caseNumber", "Ärendet " + c.caseNumber + " är avslutat.");
    }
    return c;
  }
}
