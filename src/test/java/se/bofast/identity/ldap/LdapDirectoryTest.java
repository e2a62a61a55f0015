package se.bofast.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.identity.Groups;
import se.bofast.support.LdapAppTest;
import se.bofast.support.RawHttp;

/**
 * The ldap profile against a city's directory ({@link LdapAppTest}: ldap/kommun.ldif in an
 * in-memory LDAP server): directory users log in to the webapps and the REST API with their
 * directory passwords, see the tasks of the Bofast group their directory group stands for, and
 * their e-mail reaches the notifications.
 */
@LdapAppTest
class LdapDirectoryTest {

  static final String ENGINE = LdapAppTest.ENGINE;
  static final String LOTTA = "lotta.lind";
  static final String LOTTA_PASSWORD = "Lotsen-i-Kommunen-2026";
  static final String BO = "bo.sand";
  static final String BO_PASSWORD = "Samordnaren-2026";
  static final String EVA = "eva.holm";
  static final String EVA_PASSWORD = "Chefen-i-Kommunen-2026";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aDirectoryUserLogsInToTasklistAndSeesOnlyHerGroupsTasks() throws IOException {
    String lotsTask = taskService.createTaskQuery().processInstanceId(
        runtimeService.startProcessInstanceByKey("platform-smoke").getId()).singleResult().getId();
    Task other = taskService.newTask();
    other.setName("Kontakta hyresvärden");
    taskService.saveTask(other);
    taskService.addCandidateGroup(other.getId(), Groups.BOSAMORDNARE);

    RawHttp.Browser lotta = new RawHttp(port).browser();
    HttpResponse<String> login = lotta.login("tasklist", ENGINE, LOTTA, LOTTA_PASSWORD);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(JSON.readTree(login.body()).get("userId").asText()).isEqualTo(LOTTA);

    assertThat(taskIds(lotta.get("/camunda/api/engine/engine/" + ENGINE + "/task"))).containsExactly(lotsTask);
    String myGroup = filterService.createFilterQuery().filterName("Min grupps uppgifter").singleResult().getId();
    assertThat(taskIds(lotta.send("POST", "/camunda/api/engine/engine/" + ENGINE + "/filter/" + myGroup + "/list", "{}",
        "Content-Type", "application/json", "Accept", "application/json"))).containsExactly(lotsTask);

    HttpResponse<String> rest = new RawHttp(port).get("/engine-rest/engine/" + ENGINE + "/task",
        "Authorization", RawHttp.basic(LOTTA, LOTTA_PASSWORD), "Accept", "application/json");
    assertThat(taskIds(rest)).containsExactly(lotsTask);

    RawHttp.Browser bo = new RawHttp(port).browser();
    assertThat(bo.login("tasklist", ENGINE, BO, BO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(taskIds(bo.get("/camunda/api/engine/engine/" + ENGINE + "/task"))).containsExactly(other.getId());
  }

  @Test
  void aWrongPasswordAnUnknownUserAndTheWrongAppAreRefused() {
    RawHttp http = new RawHttp(port);
    assertThat(http.browser().login("tasklist", ENGINE, LOTTA, "Fel-Losenord-2026").statusCode()).isEqualTo(401);
    assertThat(http.browser().login("tasklist", ENGINE, LOTTA, "").statusCode()).isEqualTo(401);
    assertThat(http.browser().login("tasklist", ENGINE, "okand.person", LOTTA_PASSWORD).statusCode()).isEqualTo(401);
    assertThat(http.browser().login("tasklist", ENGINE, "*", LOTTA_PASSWORD).statusCode()).isEqualTo(401);
    // lotta is in the directory group "enhetschef", which stands for nothing in Bofast
    assertThat(http.browser().login("cockpit", ENGINE, LOTTA, LOTTA_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.browser().login("cockpit", ENGINE, EVA, EVA_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.browser().login("admin", ENGINE, EVA, EVA_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.browser().login("admin", ENGINE, "astrid.wall", "Forvaltaren-2026").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/engine/" + ENGINE + "/task", "Authorization",
        RawHttp.basic(LOTTA, "Fel-Losenord-2026")).statusCode()).isEqualTo(401);
    assertThat(identityService.checkPassword(BO, BO_PASSWORD)).isTrue();
    assertThat(identityService.checkPassword(BO, LOTTA_PASSWORD)).isFalse();
  }

  @Test
  void theDirectorysGroupsAppearUnderBofastsIdsAndNoOthers() {
    assertThat(identityService.isReadOnly()).isTrue();
    assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
        .containsExactlyInAnyOrder(Groups.ADMIN, Groups.BOENDELOTS, Groups.BOSAMORDNARE, Groups.ENHETSCHEF);
    assertThat(identityService.createGroupQuery().groupId(Groups.BOENDELOTS).singleResult().getName())
        .isEqualTo("Bofast Boendelotsar");
    assertThat(identityService.createGroupQuery().groupId("Bofast Boendelotsar").count()).isZero();
    assertThat(identityService.createGroupQuery().groupIdIn(Groups.ENHETSCHEF, Groups.CASE_MANAGER).list())
        .extracting(Group::getId).containsExactly(Groups.ENHETSCHEF);
    assertThat(identityService.createGroupQuery().groupMember(LOTTA).list()).extracting(Group::getId)
        .containsExactly(Groups.BOENDELOTS);
    assertThat(identityService.createGroupQuery().groupMember("nils.ny").count()).isZero();

    assertThat(ids(identityService.createUserQuery().memberOfGroup(Groups.ENHETSCHEF))).containsExactly(EVA);
    assertThat(ids(identityService.createUserQuery().memberOfGroup(Groups.CASE_MANAGER))).isEmpty();
    assertThat(ids(identityService.createUserQuery().memberOfGroup("Alla medarbetare"))).isEmpty();
    UserQuery lots = identityService.createUserQuery().memberOfGroup(Groups.BOENDELOTS);
    assertThat(lots.count()).isEqualTo(1);
    assertThat(ids(lots)).containsExactly(LOTTA);
    assertThat(identityService.createUserQuery().userId("nils.ny").singleResult().getLastName()).isEqualTo("Ny");
    assertThat(ids(identityService.createUserQuery().userFirstNameLike("Lo%"))).containsExactly(LOTTA);
    // a query's text is never read as LDAP filter syntax
    assertThat(identityService.createUserQuery().userFirstName("*").count()).isZero();
    assertThat(identityService.createUserQuery().userLastName("Lind)(uid=*").count()).isZero();
    assertThat(identityService.createGroupQuery().groupName("*").count()).isZero();
  }

  @Test
  void seedingGrantsTheGroupsAndWritesNoUserOrGroup() {
    assertThat(jdbc.queryForObject("SELECT count(*) FROM ACT_ID_USER", Long.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM ACT_ID_GROUP", Long.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM ACT_ID_MEMBERSHIP", Long.class)).isZero();
    assertThat(filterService.createFilterQuery().count()).isEqualTo(4);
    for (String group : List.of(Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE,
        Groups.ENHETSCHEF)) {
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.APPLICATION)
          .resourceId("tasklist").hasPermission(Permissions.ACCESS).count()).as(group).isEqualTo(1);
    }
    assertThat(authorizationService.isUserAuthorized("astrid.wall", List.of(Groups.ADMIN), Permissions.ALL,
        Resources.DEPLOYMENT)).isTrue();
  }

  @Test
  void theDirectorysMailReachesTheNotifications() throws IOException {
    RawHttp.Browser lotta = new RawHttp(port).browser();
    assertThat(lotta.login("tasklist", ENGINE, LOTTA, LOTTA_PASSWORD).statusCode()).isEqualTo(200);
    HttpResponse<String> mine = lotta.get("/api/me/notification-settings");
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    JsonNode me = JSON.readTree(mine.body());
    assertThat(me.get("email").asText()).isEqualTo("lotta.lind@kommun.example");
    assertThat(me.get("name").asText()).isEqualTo("Lotta Lind");

    RawHttp.Browser eva = new RawHttp(port).browser();
    assertThat(eva.login("tasklist", ENGINE, EVA, EVA_PASSWORD).statusCode()).isEqualTo(200);
    HttpResponse<String> all = eva.get("/api/notification-settings");
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    List<String> recipients = new ArrayList<>();
    JSON.readTree(all.body()).forEach(p -> recipients.add(p.get("userId").asText() + " " + p.get("email").asText()));
    // nils.ny is in no group Bofast knows: he receives nothing and is not listed
    assertThat(recipients).containsExactly("bo.sand bo.sand@kommun.example", "eva.holm eva.holm@kommun.example",
        "lotta.lind lotta.lind@kommun.example");
  }

  private static List<String> ids(UserQuery query) {
    return query.list().stream().map(User::getId).toList();
  }

  private static List<String> taskIds(HttpResponse<String> answer) throws IOException {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    JSON.readTree(answer.body()).forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }
}
