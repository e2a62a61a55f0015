package se.bofast.staff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import se.bofast.client.ClientView;
import se.bofast.client.ProtectionView;
import se.bofast.client.TeamRole;
import se.bofast.followup.AssessmentKind;
import se.bofast.followup.FollowupService.FollowupView;
import se.bofast.followup.FollowupService.SipView;
import se.bofast.housing.JourneyViews.JourneyView;

/**
 * The client page's data in one answer (GET /api/clients/{id}/file): who the client is, the
 * team, the chain's journeys with their placements and gap days, the open tasks, the eviction
 * cases with their deadlines and the ASI/DUR follow-ups and SIP. The journal and the work plan
 * have endpoints of their own. {@code protection}: the markings (protected identity) with their
 * history, for the client's team and the enhetschef only (null for others, who see the client
 * without identity when it is protected: {@code client.identityHidden}).
 */
record ClientFile(ClientView client, Team team, Step currentStep, List<JourneyView> journeys, List<Task> openTasks,
    List<EvictionCase> evictionCases, Followups followups, ProtectionView protection) {

  /**
   * ASI/DUR and SIP as the page shows them: which assessments were done when and by whom (not
   * their results, which only GET /api/clients/{id}/followups gives to its roles), the planned
   * follow-ups, the latest SIP and whether one is needed.
   */
  record Followups(List<Assessment> assessments, List<FollowupView> followups, SipView sip, boolean needsSip) {
  }

  record Assessment(AssessmentKind kind, LocalDate date, String doneBy, String caseNumber) {
  }

  /** The current holders (with names and since when), whether the caller may change them, and who may hold each role. */
  record Team(List<Holder> current, boolean mayChange, Map<TeamRole, List<StaffNames.Person>> candidates) {
  }

  record Holder(TeamRole role, String userId, String name, Instant heldFrom) {
  }

  /** Where the client is in the chain now: the open placement's step (Swedish label) and since when. */
  record Step(String step, String label, LocalDate since, String caseNumber) {
  }

  record Task(String id, String name, String assignee, String assigneeName, Instant due, String caseNumber,
      List<String> candidateGroups) {
  }

  /** An eviction case as the client page shows it: the deadlines, the state, the outcome. */
  record EvictionCase(long caseId, String caseNumber, String status, String priority, LocalDate contactDeadline,
      LocalDate reclaimDeadline, LocalDateTime evictionDate, BigDecimal rentDebtSek, LocalDate firstContactOn,
      String outcome, LocalDate closedOn) {
  }
}
