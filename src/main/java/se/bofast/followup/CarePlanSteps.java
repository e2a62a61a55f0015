package se.bofast.followup;

import static se.bofast.followup.FollowupConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientNames;
import se.bofast.client.ClientService;
import se.bofast.client.ClientView;
import se.bofast.followup.CarePlan.Status;
import se.bofast.platform.web.InvalidInputException;

/**
 * The joint care plan's rules, step by step of care-plan (consent, invitation, meeting, the plan,
 * reviews, the end). Each step runs in the engine's transaction. Starting a plan from code is
 * {@link CarePlanRequests}; the SIP queries are {@link CarePlanQueries}.
 */
@Service
@Transactional
class CarePlanSteps {

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
  private final CarePlanRequests requests;
  private final ClientService clients;
  private final ClientNames names;
  private final Clock clock;

  CarePlanSteps(CarePlanRepository plans, CarePlanParticipantRepository participants, CarePlanItemRepository items,
      CarePlanReviewRepository reviews, CarePlanRequests requests, ClientService clients, ClientNames names, Clock clock) {
    this.plans = plans;
    this.participants = participants;
    this.items = items;
    this.reviews = reviews;
    this.requests = requests;
    this.clients = clients;
    this.names = names;
    this.clock = clock;
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
      requests.registerTarget(client.id(), null);
    }
    CarePlan plan = plans.saveAndFlush(new CarePlan(client.id(), by, now()));
    return new Registered(plan.id, plan.number(), client.id(), names.taskDisplayName(client.id(), plan.number()));
  }

  /** Started from code: the plan exists already. */
  Registered attach(long carePlanId, String processInstanceId) {
    CarePlan plan = plan(carePlanId);
    plan.processInstanceId = processInstanceId;
    return new Registered(plan.id, plan.number(), plan.clientId, names.taskDisplayName(plan.clientId, plan.number()));
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
    if (reason.flagsNewPlan() && requests.isTarget(plan.clientId)) {
      requests.request(plan.clientId, null, by);
    }
  }

  LocalDate nextFollowUp(long carePlanId) {
    return plan(carePlanId).nextFollowUp;
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
