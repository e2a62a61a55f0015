package se.bofast.followup;

import static se.bofast.followup.FollowupConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientNames;
import se.bofast.client.ClientService;
import se.bofast.followup.ScheduledFollowup.Cause;
import se.bofast.followup.ScheduledFollowup.Status;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.InvalidInputException;

/**
 * The follow-up module's facade: ASI and DUR assessments, the follow-ups they make due, and
 * the joint care plans (SIP) of clients with samsjuklighet.
 *
 * <p><b>Rules.</b> ASI Uppföljning falls due {@code bofast.followup.asi-followup-after}
 * (6-12 months) after ASI Grund, and after an insats (a placement) of a client with an ASI on
 * record ends; DUR falls due {@code dur-followup-after} after each review of the placement
 * (the bistånd decision) of a client with a DUR on record. A client has at most one pending
 * follow-up of each kind: a new cause while one is pending leaves the earlier date standing,
 * and an ASI Uppföljning or DUR recorded in any way (client-journey's assessment, the
 * follow-up task) settles the pending one. The first ASI recorded for a client is ASI Grund,
 * later ones are ASI Uppföljning.
 *
 * <p><b>Current SIP.</b> A client has a <em>current SIP</em> on a day D when one of the
 * client's care plans (1) has the client's consent recorded, (2) is established: the meeting
 * was held and the plan says who does what, who coordinates and when it is followed up next,
 * (3) has not ended, and (4) its next follow-up date is not more than
 * {@code bofast.followup.sip-grace-period} before D (next follow-up ≥ D − grace period). A plan
 * that is still being prepared, was declined, has ended or whose follow-up is overdue by more
 * than the grace period is not current. {@link #clientsNeedingSip()} lists the clients with
 * samsjuklighet (the SIP target group: clients that entered client-journey with complex
 * needs, or for whom a SIP was started) without a current SIP; the reporting module's share
 * "complex-needs clients with a current SIP" is 1 − needing / target group.
 *
 * <p>Every method joins the caller's transaction (a process step, a housing event) and
 * refuses bad input with {@link InvalidInputException}, storing nothing.
 */
@Service
@Transactional
public class FollowupService {

  public record AssessmentView(long id, AssessmentKind kind, LocalDate date, String doneBy, String result,
      String caseNumber) {
  }

  public record FollowupView(long id, AssessmentKind kind, LocalDate dueDate, String cause, String status,
      String caseNumber) {
  }

  /** The overview of GET /api/clients/{id}/followups. */
  public record ClientFollowups(long clientId, List<AssessmentView> assessments, List<FollowupView> followups,
      SipView sip, boolean needsSip) {
  }

  public record ParticipantView(Party party, String name, String organisation, String role) {
  }

  public record ItemView(Party party, String action) {
  }

  /**
   * The client's latest SIP. status: NONE, AWAITING_CONSENT, DECLINED, PLANNING, CURRENT,
   * OVERDUE (established, follow-up overdue beyond the grace period), ENDED.
   */
  public record SipView(String status, String number, boolean current, LocalDate consentDate, LocalDate meetingDate,
      LocalDate establishedOn, Party coordinator, LocalDate nextFollowUp, LocalDate endedOn,
      PlanEndReason endReason, List<ParticipantView> participants, List<ItemView> items) {
  }

  static final int RESULT_MAX_LENGTH = 500;

  private final AssessmentRepository assessments;
  private final ScheduledFollowupRepository followups;
  private final CarePlanRequests carePlanRequests;
  private final CarePlanQueries carePlans;
  private final ClientService clients;
  private final ClientNames names;
  private final FollowupProperties properties;
  private final FollowupDue due;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final Clock clock;

  FollowupService(AssessmentRepository assessments, ScheduledFollowupRepository followups,
      CarePlanRequests carePlanRequests, CarePlanQueries carePlans, ClientService clients, ClientNames names,
      FollowupProperties properties, FollowupDue due, RuntimeService runtime, SystemAccess system, Clock clock) {
    this.assessments = assessments;
    this.followups = followups;
    this.carePlanRequests = carePlanRequests;
    this.carePlans = carePlans;
    this.clients = clients;
    this.names = names;
    this.properties = properties;
    this.due = due;
    this.runtime = runtime;
    this.system = system;
    this.clock = clock;
  }

  // --- assessments ------------------------------------------------------------------------

  /**
   * Records an assessment and what it makes due or settles (see the class comment).
   *
   * @param caseNumber the journey's case number, or null
   */
  public AssessmentView recordAssessment(long clientId, AssessmentKind kind, LocalDate date, String doneBy,
      String result, String caseNumber) {
    return record(clientId, kind, date, doneBy, result, caseNumber, null);
  }

  AssessmentView record(long clientId, AssessmentKind kind, LocalDate date, String doneBy, String result,
      String caseNumber, Long settledFollowupId) {
    clients.get(clientId);
    if (kind == null) {
      throw new InvalidInputException("kind", "Ange vilken bedömning som gjorts (ASI Grund, ASI Uppföljning, DUR).");
    }
    if (date == null) {
      throw new InvalidInputException("assessmentDate", "Ange datum för bedömningen.");
    }
    if (date.isAfter(today())) {
      throw new InvalidInputException("assessmentDate", "Datumet för bedömningen får inte ligga i framtiden.");
    }
    if (doneBy == null || doneBy.isBlank()) {
      throw new InvalidInputException("doneBy", "Ange vem som gjorde bedömningen.");
    }
    String trimmed = result == null || result.isBlank() ? null : result.strip();
    if (trimmed != null && trimmed.length() > RESULT_MAX_LENGTH) {
      throw new InvalidInputException("assessmentResult",
          "Resultatet får vara högst " + RESULT_MAX_LENGTH + " tecken (nu " + trimmed.length() + ").");
    }
    Assessment saved = assessments.saveAndFlush(new Assessment(clientId, kind, date, doneBy, trimmed, caseNumber,
        now()));
    switch (kind) {
      case ASI_GRUND -> schedule(clientId, AssessmentKind.ASI_UPPFOLJNING,
          date.plus(properties.asiFollowupAfter()), Cause.ASI_GRUND, caseNumber);
      case ASI_UPPFOLJNING, DUR -> settle(clientId, kind, saved.id, doneBy, settledFollowupId);
    }
    return view(saved);
  }

  /** client-journey's assessment: the first ASI of a client is ASI Grund, later ones ASI Uppföljning. */
  void assessedInJourney(long clientId, String caseNumber, LocalDate date, boolean asi, boolean dur, String by) {
    if (asi) {
      boolean hadAsi = assessments.existsByClientIdAndKindIn(clientId,
          List.of(AssessmentKind.ASI_GRUND, AssessmentKind.ASI_UPPFOLJNING));
      record(clientId, hadAsi ? AssessmentKind.ASI_UPPFOLJNING : AssessmentKind.ASI_GRUND, date, by, null,
          caseNumber, null);
    }
    if (dur) {
      record(clientId, AssessmentKind.DUR, date, by, null, caseNumber, null);
    }
  }

  /** An insats ended: ASI Uppföljning falls due for a client assessed with ASI. */
  void placementEnded(long clientId, String caseNumber, LocalDate endDate) {
    if (assessments.existsByClientIdAndKindIn(clientId,
        List.of(AssessmentKind.ASI_GRUND, AssessmentKind.ASI_UPPFOLJNING))) {
      schedule(clientId, AssessmentKind.ASI_UPPFOLJNING, endDate.plus(properties.asiFollowupAfter()),
          Cause.PLACEMENT_ENDED, caseNumber);
    }
  }

  /** A review of the bistånd decision: DUR falls due for a client assessed with DUR. */
  void placementReviewed(long clientId, String caseNumber, LocalDate reviewDate) {
    if (assessments.existsByClientIdAndKindIn(clientId, List.of(AssessmentKind.DUR))) {
      schedule(clientId, AssessmentKind.DUR, reviewDate.plus(properties.durFollowupAfter()),
          Cause.PLACEMENT_REVIEWED, caseNumber);
    }
  }

  /** The follow-up task was completed: the assessment was done, or could not be done (with a note). */
  void completeFollowup(long followupId, boolean done, LocalDate date, String result, String note, String by) {
    ScheduledFollowup followup = followups.findById(followupId)
        .orElseThrow(() -> new IllegalStateException("No follow-up " + followupId));
    if (followup.status != Status.PENDING) {
      throw new InvalidInputException("followupOutcome", "Uppföljningen är redan avslutad.");
    }
    if (done) {
      record(followup.clientId, followup.kind, date, by, result, followup.caseNumber, followupId);
      return;
    }
    String trimmed = note == null || note.isBlank() ? null : note.strip();
    if (trimmed == null) {
      throw new InvalidInputException("followupNote", "Ange varför uppföljningen inte kunde göras.");
    }
    if (trimmed.length() > RESULT_MAX_LENGTH) {
      throw new InvalidInputException("followupNote", "Anteckningen får vara högst " + RESULT_MAX_LENGTH + " tecken.");
    }
    followup.close(Status.NOT_DONE, null, trimmed, by, now());
    followups.saveAndFlush(followup);
  }

  private void schedule(long clientId, AssessmentKind kind, LocalDate dueDate, Cause cause, String caseNumber) {
    if (followups.findByPendingKey(ScheduledFollowup.pendingKey(clientId, kind)).isPresent()) {
      return; // the pending follow-up's earlier date stands; doing it settles this cause too
    }
    ScheduledFollowup followup = followups.saveAndFlush(
        new ScheduledFollowup(clientId, kind, dueDate, cause, caseNumber, now()));
    String caseKey = caseNumber != null ? caseNumber : String.format("UPF-%05d", followup.id);
    // the start event is asynchronous: this transaction only creates the instance and its job
    followup.processInstanceId = system.call(() -> runtime.createProcessInstanceByKey(PROCESS_ASSESSMENT_FOLLOWUP)
        .businessKey(caseKey)
        .setVariables(Map.of(
            VAR_FOLLOWUP_ID, followup.id,
            VAR_CLIENT_ID, clientId,
            VAR_CASE_NUMBER, caseKey,
            VAR_CLIENT_DISPLAY_NAME, names.taskDisplayName(clientId, caseKey),
            VAR_FOLLOWUP_KIND, kind.name(),
            VAR_FOLLOWUP_LABEL, kind.label() + " (förföll " + dueDate + ")",
            VAR_DUE_AT, due.morningOf(dueDate)))
        .execute().getId());
  }

  private void settle(long clientId, AssessmentKind kind, long assessmentId, String by, Long settledFollowupId) {
    followups.findByPendingKey(ScheduledFollowup.pendingKey(clientId, kind)).ifPresent(pending -> {
      pending.close(Status.DONE, assessmentId, null, by, now());
      followups.saveAndFlush(pending);
      if (!pending.id.equals(settledFollowupId) && pending.processInstanceId != null) {
        endFollowupProcess(pending.processInstanceId);
      }
    });
  }

  /** Recorded elsewhere: the waiting process ends through its message, or is removed if it has not begun. */
  private void endFollowupProcess(String processInstanceId) {
    system.run(() -> {
      int correlated = runtime.createMessageCorrelation(MESSAGE_FOLLOWUP_RECORDED)
          .processInstanceId(processInstanceId).correlateAllWithResult().size();
      if (correlated == 0 && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
        runtime.deleteProcessInstance(processInstanceId, "Uppföljningen registrerad innan den förföll", true);
      }
    });
  }

  // --- SIP --------------------------------------------------------------------------------

  /** Ids of the clients with samsjuklighet who have no current SIP (see the class comment). */
  @Transactional(readOnly = true)
  public List<Long> clientsNeedingSip() {
    return carePlans.clientsNeedingSip();
  }

  /** Whether the client has a current SIP today (see the class comment). */
  @Transactional(readOnly = true)
  public boolean hasCurrentSip(long clientId) {
    return carePlans.hasCurrent(clientId);
  }

  /**
   * Starts care-plan for the client from code (its consent task goes to the case managers),
   * unless a SIP is already in progress.
   *
   * @return the new process instance's id, or empty when a SIP is in progress
   */
  public Optional<String> requestCarePlan(long clientId, String requestedBy) {
    return carePlanRequests.request(clientId, null, requestedBy);
  }

  /** A client with samsjuklighet entered client-journey: in the target group, and flagged without a SIP. */
  void complexNeedsClientEntered(long clientId, String caseNumber, String by) {
    carePlanRequests.registerTarget(clientId, caseNumber);
    carePlanRequests.request(clientId, caseNumber, by);
  }

  // --- reading ----------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public ClientFollowups overview(long clientId) {
    clients.get(clientId);
    return new ClientFollowups(clientId,
        assessments.findByClientIdOrderByDateAscIdAsc(clientId).stream().map(FollowupService::view).toList(),
        followups.findByClientIdOrderByDueDateAscIdAsc(clientId).stream()
            .map(f -> new FollowupView(f.id, f.kind, f.dueDate, f.cause.name(), f.status.name(), f.caseNumber))
            .toList(),
        carePlans.view(clientId), carePlans.needsSip(clientId));
  }

  private static AssessmentView view(Assessment a) {
    return new AssessmentView(a.id, a.kind, a.date, a.doneBy, a.result, a.caseNumber);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
