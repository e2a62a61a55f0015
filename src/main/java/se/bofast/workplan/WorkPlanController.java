package se.bofast.workplan;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.client.ClientAccess;
import se.bofast.identity.Groups;
import se.bofast.identity.StaffDirectory;
import se.bofast.identity.StaffMember;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.RequireGroups;

/**
 * A client's work plan over REST: the staff who work with clients read and write it, the
 * enhetschef reads it; only those who may read the client's file ({@link ClientAccess}: the
 * client's team, the roles working the client's open tasks, the enhetschef).
 */
@RestController
class WorkPlanController {

  private final WorkPlans plans;
  private final StaffDirectory staff;
  private final ApiAccess access;
  private final ClientAccess clientAccess;

  WorkPlanController(WorkPlans plans, StaffDirectory staff, ApiAccess access, ClientAccess clientAccess) {
    this.clientAccess = clientAccess;
    this.plans = plans;
    this.staff = staff;
    this.access = access;
  }

  /**
   * The staff members a plan may name (who does what; the agreed contact is one of the
   * socialsekreterare): the page's choices, since staff may not list the members of other groups
   * in the engine.
   */
  @GetMapping(WorkPlanConstants.API_STAFF)
  @RequireGroups({Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS, Groups.BOSAMORDNARE,
      Groups.ENHETSCHEF})
  java.util.List<StaffChoice> staff() {
    access.requireAnyGroup(Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS, Groups.BOSAMORDNARE,
        Groups.ENHETSCHEF);
    return staff.members(Groups.STAFF).stream().map(StaffChoice::of)
        .sorted(java.util.Comparator.comparing(StaffChoice::name)).toList();
  }

  /** A staff member the plan may name, with the staff groups the member is in, in the order of {@link Groups#STAFF}. */
  record StaffChoice(String userId, String name, java.util.List<String> groups) {

    static StaffChoice of(StaffMember member) {
      return new StaffChoice(member.userId(), member.name(), Groups.STAFF.stream().filter(member::in).toList());
    }
  }

  @GetMapping(WorkPlanConstants.API_WORK_PLAN)
  @RequireGroups({Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS, Groups.BOSAMORDNARE,
      Groups.ENHETSCHEF})
  WorkPlanView read(@PathVariable long id) {
    access.requireAnyGroup(Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS, Groups.BOSAMORDNARE,
        Groups.ENHETSCHEF);
    clientAccess.requireRead(id);
    return plans.get(id);
  }

  @PutMapping(path = WorkPlanConstants.API_WORK_PLAN, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups({Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS, Groups.BOSAMORDNARE})
  WorkPlanView write(@PathVariable long id, @RequestBody WorkPlanInput body) {
    String user = access.requireAnyGroup(Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS,
        Groups.BOSAMORDNARE);
    clientAccess.requireRead(id);
    return plans.save(id, body, user);
  }
}
