package se.bofast.workplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.bofast.workplan.WorkPlanView.ActionView;
import se.bofast.workplan.WorkPlanView.AreaView;
import se.bofast.workplan.WorkPlanView.Change;
import se.bofast.workplan.WorkPlanView.ContactView;
import se.bofast.workplan.WorkPlanView.Person;

/** A plan's versions as the API shows them: the current content and, per version, who changed what when. */
final class WorkPlanViews {

  private WorkPlanViews() {
  }

  /** The view of a plan from its versions, oldest first (at least one). */
  static WorkPlanView of(WorkPlanEntity plan, List<WorkPlanVersion> versions) {
    WorkPlanVersion current = versions.get(versions.size() - 1);
    List<AreaView> areas = new ArrayList<>();
    for (WorkPlanArea area : WorkPlanArea.values()) {
      String goal = current.goals.stream().filter(g -> g.area() == area).map(WorkPlanVersion.Goal::goal)
          .findFirst().orElse(null);
      List<ActionView> actions = current.actions.stream().filter(a -> a.area() == area)
          .map(a -> new ActionView(a.what(), a.responsibleName(), a.responsibleKind(), a.responsible())).toList();
      areas.add(new AreaView(area, area.label(), goal, actions));
    }
    List<Change> history = new ArrayList<>();
    WorkPlanVersion previous = null;
    for (WorkPlanVersion version : versions) {
      history.add(new Change(version.version, version.event.name(), version.changedAt,
          new Person(version.changedBy, version.changedByName), changes(previous, version)));
      previous = version;
    }
    return new WorkPlanView(plan.clientId, plan.caseNumber(), current.version, areas,
        new ContactView(current.rentDebtContactUserId, current.rentDebtContactName, current.rentDebtAgreement),
        current.followUpOn, current.event == WorkPlanVersion.Event.ENDED, current.changedAt,
        new Person(current.changedBy, current.changedByName), history);
  }

  /** What the version changed against the one before, in Swedish. */
  static List<String> changes(WorkPlanVersion before, WorkPlanVersion after) {
    List<String> changes = new ArrayList<>();
    switch (after.event) {
      case ENDED -> changes.add("Arbetsplanen avslutad vid uppföljningen " + after.followedUpOn);
      case FOLLOWED_UP -> {
        changes.add("Uppföljning gjord " + after.followedUpOn);
        changes.add("Nästa uppföljning " + after.followUpOn);
      }
      default -> {
        if (before == null) {
          changes.add("Arbetsplanen upprättad");
          return changes;
        }
        if (before.event == WorkPlanVersion.Event.ENDED) {
          changes.add("Arbetsplanen återupptagen");
        }
        for (WorkPlanArea area : WorkPlanArea.values()) {
          if (!Objects.equals(goal(before, area), goal(after, area))) {
            changes.add("Mål: " + area.label());
          }
          if (!actions(before, area).equals(actions(after, area))) {
            changes.add("Vem gör vad: " + area.label());
          }
        }
        if (!Objects.equals(before.rentDebtContactUserId, after.rentDebtContactUserId)
            || !Objects.equals(before.rentDebtAgreement, after.rentDebtAgreement)) {
          changes.add("Överenskommen kontakt vid hyresskuld");
        }
        if (!Objects.equals(before.followUpOn, after.followUpOn)) {
          changes.add("Uppföljningsdatum " + after.followUpOn);
        }
        if (changes.isEmpty()) {
          changes.add("Sparad utan ändringar");
        }
      }
    }
    return changes;
  }

  private static String goal(WorkPlanVersion version, WorkPlanArea area) {
    return version.goals.stream().filter(g -> g.area() == area).map(WorkPlanVersion.Goal::goal).findFirst()
        .orElse(null);
  }

  /** The actions of an area without the names as they were at the time (a renamed user is no change). */
  private static List<List<Object>> actions(WorkPlanVersion version, WorkPlanArea area) {
    return version.actions.stream().filter(a -> a.area() == area)
        .map(a -> java.util.Arrays.<Object>asList(a.what(), a.responsibleKind(), a.responsible())).toList();
  }
}
