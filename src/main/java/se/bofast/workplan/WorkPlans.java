package se.bofast.workplan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientNames;
import se.bofast.client.ClientService;
import se.bofast.client.ClientView;
import se.bofast.identity.StaffDirectory;
import se.bofast.platform.web.ConflictException;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;

/**
 * Clients' work plans. Every change adds a version with all of the plan's content, by whom and
 * when; the follow-up process starts with the plan and follows its date. Each method is one
 * transaction (or joins the caller's: a task listener runs in the engine's). Nothing of a plan's
 * text goes to a log line, an exception message or the engine.
 */
@Service
@Transactional
public class WorkPlans {

  private final WorkPlanRepository plans;
  private final WorkPlanVersionRepository versions;
  private final WorkPlanRules rules;
  private final WorkPlanProcess process;
  private final StaffDirectory staff;
  private final ClientService clients;
  private final ClientNames names;
  /** The application's clock (the engine's, in Stockholm time): a test that moves the engine's clock moves it. */
  private final Clock clock;

  WorkPlans(WorkPlanRepository plans, WorkPlanVersionRepository versions, WorkPlanRules rules, WorkPlanProcess process,
      StaffDirectory staff, ClientService clients, ClientNames names, Clock clock) {
    this.clock = Clock.tick(clock, Duration.ofNanos(1000));
    this.plans = plans;
    this.versions = versions;
    this.rules = rules;
    this.process = process;
    this.staff = staff;
    this.clients = clients;
    this.names = names;
  }

  /** The client's plan with its history. */
  @Transactional(readOnly = true)
  public WorkPlanView get(long clientId) {
    client(clientId);
    WorkPlanEntity plan = plans.findByClientId(clientId)
        .orElseThrow(() -> new NotFoundException("Klienten har ingen arbetsplan ännu."));
    return WorkPlanViews.of(plan, versions.findByWorkPlanIdOrderByVersionAsc(plan.id));
  }

  /**
   * Writes the plan as a new version (the first one creates it). Its follow-up process starts,
   * or its timer moves to the new date. A save over a newer version than the writer read is
   * refused (409), and bad input stores nothing (400).
   */
  public WorkPlanView save(long clientId, WorkPlanInput input, String user) {
    ClientView client = client(clientId);
    WorkPlanVersion.Content content = rules.check(input, today());
    WorkPlanEntity plan = plans.lockByClientId(clientId).orElse(null);
    if (plan == null) {
      plan = plans.saveAndFlush(new WorkPlanEntity(clientId, clock.instant(), user));
    } else if (input.version() != null && input.version() != plan.currentVersion) {
      throw new ConflictException("Arbetsplanen har ändrats sedan du öppnade den (nu version " + plan.currentVersion
          + "). Läs in den igen och gör om ändringen.");
    }
    addVersion(plan, WorkPlanVersion.Event.SAVED, content, null, user);
    if (process.running(plan)) {
      process.move(plan, content.followUpOn());
    } else {
      plan.processInstanceId = process.start(plan, names.taskDisplayName(client.id(), plan.caseNumber()),
          content.followUpOn());
    }
    plans.saveAndFlush(plan);
    return get(clientId);
  }

  /**
   * The follow-up task is done (today): the plan goes on to the next follow-up date, or ends.
   *
   * @return the next follow-up date, or null when the plan ended
   */
  public LocalDate followedUp(long workPlanId, boolean end, LocalDate next, String user) {
    WorkPlanEntity plan = plans.findById(workPlanId)
        .orElseThrow(() -> new InvalidInputException("workPlanId", "Arbetsplanen finns inte."));
    LocalDate today = today();
    LocalDate nextDate = end ? null : WorkPlanRules.nextFollowUp(next, today);
    WorkPlanVersion.Content current = current(plan).content();
    WorkPlanVersion.Content content = new WorkPlanVersion.Content(current.goals(), current.actions(),
        current.rentDebtContactUserId(), current.rentDebtContactName(), current.rentDebtAgreement(),
        end ? current.followUpOn() : nextDate);
    addVersion(plan, end ? WorkPlanVersion.Event.ENDED : WorkPlanVersion.Event.FOLLOWED_UP, content, today, user);
    plans.saveAndFlush(plan);
    return nextDate;
  }

  /** The agreed contact when rent debt threatens: the socialsekreterare of the client's current plan, if any. */
  @Transactional(readOnly = true)
  public Optional<String> agreedRentDebtContact(long clientId) {
    return plans.findByClientId(clientId).map(this::current)
        .filter(version -> version.event != WorkPlanVersion.Event.ENDED)
        .map(version -> version.rentDebtContactUserId);
  }

  private void addVersion(WorkPlanEntity plan, WorkPlanVersion.Event event, WorkPlanVersion.Content content,
      LocalDate followedUpOn, String user) {
    plan.currentVersion++;
    versions.saveAndFlush(new WorkPlanVersion(plan.id, plan.currentVersion, event, content, followedUpOn,
        clock.instant(), user, staff.name(user)));
  }

  private WorkPlanVersion current(WorkPlanEntity plan) {
    return versions.findByWorkPlanIdAndVersion(plan.id, plan.currentVersion).orElseThrow();
  }

  private ClientView client(long clientId) {
    try {
      return clients.get(clientId);
    } catch (InvalidInputException unknown) {
      throw new NotFoundException("Klienten finns inte (id " + clientId + ").");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
