package se.bofast.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;

/**
 * Keeps Camunda's webapps working for the other applications of the JVM while a test starts and
 * stops one of its own. Tasklist, Cockpit, Admin and Welcome keep their runtime in a JVM-wide
 * static field that each web application sets when it starts and sets to null when it stops
 * (their ServletContextListeners): stopping a second application would leave the suite's cached
 * applications answering 401/500 on /camunda/api. {@link #close()} puts back what was there.
 */
public final class WebappRuntimes implements AutoCloseable {

  private final TasklistRuntimeDelegate tasklist = Tasklist.getRuntimeDelegate();
  private final CockpitRuntimeDelegate cockpit = Cockpit.getRuntimeDelegate();
  private final AdminRuntimeDelegate admin = Admin.getRuntimeDelegate();
  private final WelcomeRuntimeDelegate welcome = Welcome.getRuntimeDelegate();

  private WebappRuntimes() {
  }

  /** What the webapps run on now, to be put back by {@link #close()}. */
  public static WebappRuntimes keep() {
    return new WebappRuntimes();
  }

  @Override
  public void close() {
    Tasklist.setTasklistRuntimeDelegate(tasklist);
    Cockpit.setCockpitRuntimeDelegate(cockpit);
    Admin.setAdminRuntimeDelegate(admin);
    Welcome.setRuntimeDelegate(welcome);
  }
}
