package se.bofast.followup;

import static se.bofast.followup.FollowupConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientService;
import se.bofast.client.ClientView;
import se.bofast.followup.CarePlan.Status;
import se.bofast.followup.FollowupService.ItemView;
import se.bofast.followup.FollowupService.ParticipantView;
import se.bofast.followup.FollowupService.SipView;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.InvalidInputException;

/**
 * The joint care plan's rules, step by step of care-plan, and the SIP queries behind
 * {@link FollowupService}. Each step runs in the engine's transaction.
 */
@Service
@Transactional
class CarePlans {

  static final int TEXT_MAX_LENGTH = 500;
  static final int NAME_MAX_LENGTH = 120;

  /** A registered plan as the process needs it. */
  record Registered(long carePlanId, String number, long clientId, String clientDisplayName) {
  }

  /** A participant as the invite form gives it. */
  record ParticipantInput(Party party, String name, String organisation, String role) {
  }

  private final CarePlanRepository plans;
  private final CarePlanParticipantRepository participants;
  private final CarePlanItemRepository items;
  private final CarePlanReviewRepository reviews;
  private final SipTargetRepository targets;
  private final ClientService clients;
  private final FollowupProperties properties;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final Clock clock;

  CarePlans(CarePlanRepository plans, CarePlanParticipantRepository participants, CarePlanItemRepository items,
      CarePlanReviewRepository reviews, SipTargetRepository targets, ClientService clients,
      FollowupProperties properties, RuntimeService runtime, SystemAccess system, Clock clock) {
    this.plans = plans;
    this.participants = participants;
    this.items = items;
    this.reviews = reviews;
    this.targets = targets;
    this.clients = clients;
    this.properties = properties;
    this.runtime = runtime;
    this.system = system;
    this.clock = clock;
  }

  // --- the target group and the flag ------------------------------------------------------

  void registerTarget(long clientId, String caseNumber) {
    if (!targets.existsById(clientId)) {
      targets.saveAndFlush(new SipTarget(clientId, caseNumber, now()));
    }
  }

  /** Starts care-plan by its message start event (asynchronous): the consent task is the flag. */
  Optional<String> request(long clientId, String caseNumber, String by) {
    ClientView client = clients.get(clientId);
    if (plans.findByOpenClientId(clientId).isPresent()) {
      return Optional.empty();
    }
    if (client.complexNeeds()) {
      registerTarget(clientId, caseNumber);
    }
    CarePlan plan = plans.saveAndFlush(new CarePlan(clientId, by, now()));
    String pid = system.call(() -> runtime.createMessageCorrelation(MESSAGE_SIP_NEEDED)
        .processInstanceBusinessKey(plan.number())
        .setVariables(Map.of(VAR_CARE_PLAN_ID, plan.id, VAR_CLIENT_ID, clientId))
        .correlateStartMessage().getId());
    plan.processInstanceId = pid;
    return Optional.of(pid);
  }

  // --- the steps --------------------------------------------------------------------------

  /** Started in Tasklist: the client by personnummer (never kept as a variable). */
  Registered register(String personalNumber, String by) {
    if (personalNumber == null || personalNumber.isBlank()) {
      throw new InvalidInputException("personalNumber", "Ange klientens personnummer eller samordningsnummer.");
    }
    ClientView client = clients.findByPersonalNumber(personalNumber)
        .orElseThrow(() -> new InvalidInputException("personalNumber",
            "Det finns ingen klient med detta personnummer. Registrera klienten först."));
    plans.findByOpenClientId(client.id()).ifPresent(open -> {
      throw new InvalidInputException("personalNumber",
          "Klienten har redan en pågående SIP (" + open.number() + ").");
    });
    if (client.complexNeeds()) {
      registerTarget(client.id(), null);
    }
    CarePlan plan = plans.saveAndFlush(new CarePlan(client.id(), by, now()));
    return new Registered(plan.id, plan.number(), client.id(), client.displayName());
  }

  /** Started from code: the plan exists already. */
  Registered attach(long carePlanId, String processInstanceId) {
    CarePlan plan = plan(carePlanId);
    plan.processInstanceId = processInstanceId;
    return new Registered(plan.id, plan.number(), plan.clientId, clients.get(plan.clientId).displayName());
  }

  void consent(long carePlanId, Boolean given, LocalDate consentDate, String note) {
    CarePlan plan = inStatus(carePlanId, Status.AWAITING_CONSENT);
    if (given == null) {
      throw new InvalidInputException(VAR_CONSENT_GIVEN, "Ange om klienten samtycker till en SIP.");
    }
    if (given) {
      requirePast(consentDate, "consentDate", "Ange datum för samtycket.");
      plan.consentDate = consentDate;
      plan.status = Status.PLANNING;
    } else {
      plan.decline(today(), text(note, "declineNote", "Anteckningen"));
    }
  }

  void invite(long carePlanId, LocalDate invitedOn, List<ParticipantInput> invited) {
    CarePlan plan = inStatus(carePlanId, Status.PLANNING);
    requirePast(invitedOn, "invitedOn", "Ange när deltagarna bjöds in.");
    if (invitedOn.isBefore(plan.consentDate)) {
      throw new InvalidInputException("invitedOn",
          "Inbjudan kan inte vara före samtycket (" + plan.consentDate + ").");
    }
    if (invited.stream().noneMatch(p -> p.party() == Party.PSYCHIATRY || p.party() == Party.ADDICTION_CARE)) {
      throw new InvalidInputException("psychiatryName",
          "En SIP kräver minst en deltagare från regionen: psykiatrin eller beroendevården.");
    }
    plan.invitedOn = invitedOn;
    for (ParticipantInput p : invited) {
      participants.save(new CarePlanParticipant(plan.id, p.party(), p.name(), p.organisation(), p.role()));
    }
  }

  void meeting(long carePlanId, LocalDate meetingDate, boolean clientParticipated) {
    CarePlan plan = inStatus(carePlanId, Status.PLANNING);
    requirePast(meetingDate, "meetingDate", "Ange datum för SIP-mötet.");
    if (plan.invitedOn != null && meetingDate.isBefore(plan.invitedOn)) {
      throw new InvalidInputException("meetingDate",
          "Mötet kan inte ha hållits före inbjudan (" + plan.invitedOn + ").");
    }
    plan.meetingDate = meetingDate;
    plan.clientParticipated = clientParticipated;
  }

  void establish(long carePlanId, Party coordinator, Map<Party, String> actions, LocalDate nextFollowUp) {
    CarePlan plan = inStatus(carePlanId, Status.PLANNING);
    if (coordinator == null || coordinator == Party.CLIENT) {
      throw new InvalidInputException("coordinator", "Ange vem som samordnar planen.");
    }
    if (actions.get(Party.SOCIAL_SERVICES) == null) {
      throw new InvalidInputException("socialServicesAction", "Ange vad socialtjänsten gör.");
    }
    if (actions.get(Party.PSYCHIATRY) == null && actions.get(Party.ADDICTION_CARE) == null) {
      throw new InvalidInputException("psychiatryAction",
          "Ange vad regionen gör: psykiatrin, beroendevården eller båda.");
    }
    checkFollowUp(nextFollowUp, plan.meetingDate);
    plan.coordinator = coordinator;
    plan.nextFollowUp = nextFollowUp;
    plan.establishedOn = today();
    plan.status = Status.ESTABLISHED;
    actions.forEach((party, action) -> {
      if (action != null) {
        items.save(new CarePlanItem(plan.id, party, action));
      }
    });
  }

  void review(long carePlanId, CarePlanReview.Outcome outcome, LocalDate nextFollowUp, PlanEndReason endReason,
      String by) {
    CarePlan plan = inStatus(carePlanId, Status.ESTABLISHED);
    if (outcome == null) {
      throw new InvalidInputException(VAR_REVIEW_OUTCOME, "Välj om planen fortsätter eller avslutas.");
    }
    if (outcome == CarePlanReview.Outcome.CONTINUE) {
      if (nextFollowUp == null || !nextFollowUp.isAfter(today())) {
        throw new InvalidInputException("nextFollowUp", "Ange nästa uppföljningsdatum (ett datum efter i dag).");
      }
      plan.nextFollowUp = nextFollowUp;
      endReason = null;
    } else if (endReason == null) {
      throw new InvalidInputException(VAR_END_REASON, "Ange varför planen avslutas.");
    } else {
      nextFollowUp = null;
    }
    reviews.save(new CarePlanReview(plan.id, today(), outcome, nextFollowUp, endReason, by, now()));
  }

  /** The plan ends; a client with samsjuklighet is flagged for a new SIP unless the reason says otherwise. */
  void end(long carePlanId, PlanEndReason reason, String by) {
    CarePlan plan = inStatus(carePlanId, Status.ESTABLISHED);
    plan.end(today(), reason);
    plans.saveAndFlush(plan);
    if (reason.flagsNewPlan() && targets.existsById(plan.clientId)) {
      request(plan.clientId, null, by);
    }
  }

  LocalDate nextFollowUp(long carePlanId) {
    return plan(carePlanId).nextFollowUp;
  }

  // --- queries ----------------------------------------------------------------------------

  boolean hasCurrent(long clientId) {
    LocalDate today = today();
    return plans.findByClientIdOrderByIdAsc(clientId).stream().anyMatch(p -> isCurrent(p, today));
  }

  boolean needsSip(long clientId) {
    return targets.existsById(clientId) && !hasCurrent(clientId);
  }

  List<Long> clientsNeedingSip() {
    LocalDate today = today();
    List<Long> targetIds = targets.findAll().stream().map(t -> t.clientId).sorted().toList();
    Set<Long> covered = plans.findByClientIdIn(targetIds).stream()
        .filter(p -> isCurrent(p, today)).map(p -> p.clientId).collect(Collectors.toSet());
    return targetIds.stream().filter(id -> !covered.contains(id)).toList();
  }

  SipView view(long clientId) {
    List<CarePlan> all = plans.findByClientIdOrderByIdAsc(clientId);
    if (all.isEmpty()) {
      return new SipView("NONE", null, false, null, null, null, null, null, null, null, List.of(), List.of());
    }
    CarePlan p = all.get(all.size() - 1);
    boolean current = isCurrent(p, today());
    String status = p.status == Status.ESTABLISHED ? (current ? "CURRENT" : "OVERDUE") : p.status.name();
    return new SipView(status, p.number(), current, p.consentDate, p.meetingDate, p.establishedOn, p.coordinator,
        p.nextFollowUp, p.endedOn, p.endReason,
        participants.findByCarePlanIdOrderByIdAsc(p.id).stream()
            .map(x -> new ParticipantView(x.party, x.name, x.organisation, x.role)).toList(),
        items.findByCarePlanIdOrderByIdAsc(p.id).stream().map(x -> new ItemView(x.party, x.action)).toList());
  }

  /** Consented, established, not ended, next follow-up ≥ today − grace period. */
  private boolean isCurrent(CarePlan p, LocalDate today) {
    return p.status == Status.ESTABLISHED && p.consentDate != null && p.establishedOn != null && p.endedOn == null
        && p.nextFollowUp != null && !p.nextFollowUp.isBefore(today.minus(properties.sipGracePeriod()));
  }

  // --- internals --------------------------------------------------------------------------

  private void checkFollowUp(LocalDate nextFollowUp, LocalDate meetingDate) {
    if (nextFollowUp == null) {
      throw new InvalidInputException("nextFollowUp", "Ange när planen ska följas upp.");
    }
    if (!nextFollowUp.isAfter(meetingDate)) {
      throw new InvalidInputException("nextFollowUp",
          "Uppföljningen ska ligga efter SIP-mötet (" + meetingDate + ").");
    }
    if (nextFollowUp.isBefore(today())) {
      throw new InvalidInputException("nextFollowUp", "Uppföljningsdatumet får inte ha passerat.");
    }
  }

  private void requirePast(LocalDate date, String field, String missing) {
    if (date == null) {
      throw new InvalidInputException(field, missing);
    }
    if (date.isAfter(today())) {
      throw new InvalidInputException(field, "Datumet får inte ligga i framtiden.");
    }
  }

  static String text(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > TEXT_MAX_LENGTH) {
      throw new InvalidInputException(field, label + " får vara högst " + TEXT_MAX_LENGTH + " tecken.");
    }
    return trimmed;
  }

  private CarePlan plan(long carePlanId) {
    return plans.findById(carePlanId).orElseThrow(() -> new IllegalStateException("No care plan " + carePlanId));
  }

  private CarePlan inStatus(long carePlanId, Status status) {
    CarePlan plan = plan(carePlanId);
    if (plan.status != status) {
      throw new InvalidInputException(VAR_CARE_PLAN_ID, "Planen " + plan.number() + " är inte i rätt läge för detta steg ("
          + plan.status + ").");
    }
    return plan;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
