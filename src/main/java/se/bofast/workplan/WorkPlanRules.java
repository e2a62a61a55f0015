package se.bofast.workplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.identity.Groups;
import se.bofast.identity.StaffDirectory;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.InvalidInputException.Fault;
import se.bofast.platform.web.TextRules;

/**
 * The one place a work plan is checked: every fault of a body is named at once (in Swedish, by
 * its JSON path), and nothing is stored unless all of it is right.
 */
@Component
class WorkPlanRules {

  static final int GOAL_MAX_LENGTH = 1000;
  static final int WHAT_MAX_LENGTH = 500;
  static final int AGREEMENT_MAX_LENGTH = 1000;
  static final int USER_ID_MAX_LENGTH = 64;
  static final int MAX_ACTIONS_PER_AREA = 20;
  /** The groups whose members an action may name (the staff who work with clients). */
  static final Set<String> STAFF_GROUPS = Set.of(Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.SOCIALSEKRETERARE,
      Groups.BOSAMORDNARE);

  private final StaffDirectory staff;

  WorkPlanRules(StaffDirectory staff) {
    this.staff = staff;
  }

  /** The plan's content, every name resolved; or every fault at once. */
  WorkPlanVersion.Content check(WorkPlanInput input, LocalDate today) {
    List<Fault> faults = new ArrayList<>();
    List<WorkPlanVersion.Goal> goals = new ArrayList<>();
    List<WorkPlanVersion.Action> actions = new ArrayList<>();
    areas(input.areas(), goals, actions, faults);
    String contactId = null;
    String contactName = null;
    String agreement = null;
    if (input.rentDebtContact() == null) {
      faults.add(new Fault("rentDebtContact", "Ange vilken socialsekreterare som kontaktas vid risk för hyresskuld."));
    } else {
      contactId = required(input.rentDebtContact().userId(), "rentDebtContact.userId", USER_ID_MAX_LENGTH, false,
          "Ange vilken socialsekreterare som kontaktas vid risk för hyresskuld.", faults);
      if (contactId != null && !staff.inAnyGroup(contactId, Set.of(Groups.SOCIALSEKRETERARE))) {
        faults.add(new Fault("rentDebtContact.userId", "Användaren finns inte eller är inte socialsekreterare."));
        contactId = null;
      } else if (contactId != null) {
        contactName = staff.name(contactId);
      }
      agreement = text(input.rentDebtContact().agreement(), "rentDebtContact.agreement", AGREEMENT_MAX_LENGTH, true,
          faults);
    }
    String dateProblem = input.followUpOn() == null ? "Ange datum för uppföljning av arbetsplanen."
        : input.followUpOn().isBefore(today) ? "Uppföljningsdatumet får inte ha passerat."
        : DateRules.problem(input.followUpOn(), today, DateRules.DEFAULT_YEARS_AHEAD);
    if (dateProblem != null) {
      faults.add(new Fault("followUpOn", dateProblem));
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
    return new WorkPlanVersion.Content(goals, actions, contactId, contactName, agreement, input.followUpOn());
  }

  /** The next follow-up date given on the follow-up task: after today, at most five years ahead. */
  static LocalDate nextFollowUp(LocalDate next, LocalDate today) {
    String problem = next == null ? "Ange datum för nästa uppföljning."
        : !next.isAfter(today) ? "Nästa uppföljning ska ligga efter i dag."
        : DateRules.problem(next, today, DateRules.DEFAULT_YEARS_AHEAD);
    if (problem != null) {
      throw new InvalidInputException(WorkPlanConstants.VAR_NEXT_FOLLOW_UP_ON, problem);
    }
    return next;
  }

  private void areas(List<WorkPlanInput.AreaInput> areas, List<WorkPlanVersion.Goal> goals,
      List<WorkPlanVersion.Action> actions, List<Fault> faults) {
    if (areas == null) {
      faults.add(new Fault("areas", "Ange mål för de fyra livsområdena: " + areaNames() + "."));
      return;
    }
    Set<WorkPlanArea> seen = EnumSet.noneOf(WorkPlanArea.class);
    for (int i = 0; i < areas.size(); i++) {
      WorkPlanInput.AreaInput area = areas.get(i);
      String path = "areas[" + i + "]";
      if (area == null || area.area() == null) {
        faults.add(new Fault(path + ".area", "Ange livsområde: " + areaNames() + "."));
        continue;
      }
      if (!seen.add(area.area())) {
        faults.add(new Fault(path + ".area", "Livsområdet " + area.area().label() + " finns redan i planen."));
        continue;
      }
      String goal = required(area.goal(), path + ".goal", GOAL_MAX_LENGTH, true,
          "Skriv målet för " + area.area().label() + ".", faults);
      if (goal != null) {
        goals.add(new WorkPlanVersion.Goal(area.area(), goal));
      }
      actions(area, path, actions, faults);
    }
    for (WorkPlanArea area : WorkPlanArea.values()) {
      if (!seen.contains(area)) {
        faults.add(new Fault("areas", "Livsområdet " + area.label() + " (" + area.name() + ") saknas i planen."));
      }
    }
    goals.sort(java.util.Comparator.comparing(WorkPlanVersion.Goal::area));
  }

  private void actions(WorkPlanInput.AreaInput area, String path, List<WorkPlanVersion.Action> actions,
      List<Fault> faults) {
    List<WorkPlanInput.ActionInput> given = area.actions() == null ? List.of() : area.actions();
    if (given.size() > MAX_ACTIONS_PER_AREA) {
      faults.add(new Fault(path + ".actions", "Högst " + MAX_ACTIONS_PER_AREA + " åtgärder per livsområde."));
      return;
    }
    for (int j = 0; j < given.size(); j++) {
      WorkPlanInput.ActionInput action = given.get(j);
      String at = path + ".actions[" + j + "]";
      if (action == null) {
        faults.add(new Fault(at, "Ange åtgärden och vem som gör den."));
        continue;
      }
      String what = required(action.what(), at + ".what", WHAT_MAX_LENGTH, false, "Skriv vad som ska göras.", faults);
      String who = who(action, at, faults);
      if (what != null && who != null) {
        actions.add(new WorkPlanVersion.Action(area.area(), what, action.responsibleKind(),
            action.responsibleKind() == ResponsibleKind.CLIENT ? null : action.responsible().strip(), who));
      }
    }
  }

  /** The name of who does the action, or null (and a fault). */
  private String who(WorkPlanInput.ActionInput action, String at, List<Fault> faults) {
    String responsible = action.responsible() == null || action.responsible().isBlank() ? null
        : action.responsible().strip();
    if (action.responsibleKind() == null) {
      faults.add(new Fault(at + ".responsibleKind",
          "Ange vem som gör det: CLIENT (klienten), ROLE (en roll) eller STAFF (en namngiven medarbetare)."));
      return null;
    }
    switch (action.responsibleKind()) {
      case CLIENT -> {
        if (responsible != null) {
          faults.add(new Fault(at + ".responsible", "Klientens egen del namnger ingen annan ansvarig."));
          return null;
        }
        return "Klienten";
      }
      case ROLE -> {
        var role = ResponsibleRole.parse(responsible);
        if (role.isEmpty()) {
          faults.add(new Fault(at + ".responsible", "Ange en roll: " + ResponsibleRole.names() + "."));
          return null;
        }
        return role.get().label();
      }
      default -> {
        if (responsible == null || responsible.length() > USER_ID_MAX_LENGTH
            || TextRules.problem(responsible, USER_ID_MAX_LENGTH, false) != null
            || !staff.inAnyGroup(responsible, STAFF_GROUPS)) {
          faults.add(new Fault(at + ".responsible", "Ange en medarbetare (användar-id) i teamets roller: "
              + "case manager, boendelots, socialsekreterare eller bosamordnare."));
          return null;
        }
        return staff.name(responsible);
      }
    }
  }

  private static String text(String value, String field, int max, boolean multiline, List<Fault> faults) {
    String stripped = value == null ? null : value.strip();
    String problem = TextRules.problem(stripped, max, multiline);
    if (problem != null) {
      faults.add(new Fault(field, problem));
      return null;
    }
    return stripped == null || stripped.isEmpty() ? null : stripped;
  }

  /** A text that must be given: stripped, or null with exactly one fault. */
  private static String required(String value, String field, int max, boolean multiline, String missing,
      List<Fault> faults) {
    int before = faults.size();
    String text = text(value, field, max, multiline, faults);
    if (text == null && faults.size() == before) {
      faults.add(new Fault(field, missing));
    }
    return text;
  }

  private static String areaNames() {
    return String.join(", ", java.util.Arrays.stream(WorkPlanArea.values()).map(Enum::name).toList());
  }
}
