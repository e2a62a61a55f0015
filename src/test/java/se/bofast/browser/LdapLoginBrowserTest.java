package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.identity.Groups;
import se.bofast.support.LdapAppTest;

/**
 * The ldap profile in the browser: a user of the city's directory logs in to Tasklist with her
 * directory password (a wrong one is refused) and finds her group's task, not another group's.
 */
@LdapAppTest
class LdapLoginBrowserTest extends BrowserTestBase {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  @Test
  void lottaLogsInWithHerDirectoryPasswordAndSeesHerGroupsTaskOnly() {
    runtimeService.startProcessInstanceByKey("platform-smoke");
    Task other = taskService.newTask();
    other.setName("Kontakta hyresvärden");
    taskService.saveTask(other);
    taskService.addCandidateGroup(other.getId(), Groups.BOSAMORDNARE);

    page.navigate(url("/camunda/app/tasklist/" + LdapAppTest.ENGINE + "/"));
    submit("lotta.lind", "Fel-Losenord-2026");
    assertThat(page.getByText("Inloggningen misslyckades").first()).isVisible();

    submit("lotta.lind", "Lotsen-i-Kommunen-2026");
    assertThat(page.locator("input[ng-model='username']")).hasCount(0);
    assertThat(page.getByText("Lotta Lind").first()).isVisible();
    openFilter("Min grupps uppgifter");
    assertThat(page.locator("ol.tasks-list li.task")
        .filter(new Locator.FilterOptions().setHasText("Förbered inflyttning"))).hasCount(1);
    assertThat(page.locator("body")).not().containsText("Kontakta hyresvärden");
    page.mouse().move(900, 600);
    screenshot("tasklist-ldap-lotta-min-grupps-uppgifter");
  }

  private void submit(String user, String password) {
    page.locator("input[ng-model='username']").fill(user);
    page.locator("input[ng-model='password']").fill(password);
    page.locator("button[type='submit']").click();
  }
}
