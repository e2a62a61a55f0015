package se.bofast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;

@AppTest
class SeedingTest {

  @Autowired
  IdentitySeeding seeding;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;

  @Test
  void seedingAgainAddsNothing() {
    long groups = identityService.createGroupQuery().count();
    long users = identityService.createUserQuery().count();
    long memberships = identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();

    seeding.seed();
    seeding.seed();

    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups).isEqualTo(7);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count()).isEqualTo(memberships);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters).isEqualTo(4);
  }

  @Test
  void seedingRestoresADeletedGrantAndAMissingPermission() {
    String filterId = filterService.createFilterQuery().filterName("Mina uppgifter").singleResult().getId();
    Authorization filterGrant = grant(Groups.BOENDELOTS, Resources.FILTER, filterId);
    authorizationService.deleteAuthorization(filterGrant.getId());
    Authorization definitions = grant(Groups.ENHETSCHEF, Resources.PROCESS_DEFINITION, Authorization.ANY);
    definitions.removePermission(Permissions.READ_TASK);
    authorizationService.saveAuthorization(definitions);
    assertThat(grant(Groups.BOENDELOTS, Resources.FILTER, filterId)).isNull();
    assertThat(grant(Groups.ENHETSCHEF, Resources.PROCESS_DEFINITION, Authorization.ANY)
        .isPermissionGranted(Permissions.READ_TASK)).isFalse();
    long authorizations = authorizationService.createAuthorizationQuery().count();

    seeding.seed();

    assertThat(grant(Groups.BOENDELOTS, Resources.FILTER, filterId).isPermissionGranted(Permissions.READ)).isTrue();
    Authorization restored = grant(Groups.ENHETSCHEF, Resources.PROCESS_DEFINITION, Authorization.ANY);
    assertThat(restored.isPermissionGranted(Permissions.READ_TASK)).isTrue();
    assertThat(restored.isPermissionGranted(Permissions.READ_INSTANCE)).isTrue();
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations + 1);
  }

  @Test
  void aFilterSeededBeforeThePriorityWasShownGetsItAndKeepsWhatAnAdministratorAdded() {
    Filter overdue = filterService.createFilterQuery().filterName("Förfallna").singleResult();
    Map<String, Object> original = new LinkedHashMap<>(overdue.getProperties());
    Map<String, Object> older = new LinkedHashMap<>(original);
    older.put("variables", List.of(Map.of("name", "caseNumber", "label", "Ärendenummer"),
        Map.of("name", "clientDisplayName", "label", "Klient"),
        Map.of("name", "reviewNote", "label", "Egen kolumn")));
    older.put("description", "Ändrad av administratören");
    filterService.saveFilter(overdue.setProperties(older));
    long filters = filterService.createFilterQuery().count();
    try {
      seeding.seed();

      Filter updated = filterService.getFilter(overdue.getId());
      @SuppressWarnings("unchecked")
      List<Map<String, String>> variables = (List<Map<String, String>>) updated.getProperties().get("variables");
      assertThat(variables).extracting(v -> v.get("name"))
          .containsExactly("caseNumber", "clientDisplayName", "reviewNote", "priorityLabel");
      assertThat(variables.get(3)).containsEntry("label", "Prioritet");
      assertThat(updated.getProperties()).containsEntry("description", "Ändrad av administratören");
      assertThat(((TaskQueryImpl) updated.getQuery()).getExpressions()).containsEntry("dueBefore", "${now()}");
      assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);

      seeding.seed();
      @SuppressWarnings("unchecked")
      List<Map<String, String>> again = (List<Map<String, String>>) filterService.getFilter(overdue.getId())
          .getProperties().get("variables");
      assertThat(again).as("seeding again adds nothing").hasSize(4);
    } finally {
      filterService.saveFilter(filterService.getFilter(overdue.getId()).setProperties(original));
    }
  }

  private Authorization grant(String group, Resources resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
  }

  @Test
  void sharedSwedishFiltersSortedByDueDate() {
    List<Filter> filters = filterService.createFilterQuery().orderByFilterName().asc().list();
    assertThat(filters).extracting(Filter::getName)
        .containsExactlyInAnyOrder("Min grupps uppgifter", "Mina uppgifter", "Mina klienters uppgifter", "Förfallna");
    for (Filter filter : filters) {
      assertThat(filter.getOwner()).as("shared filter").isNull();
      TaskQueryImpl query = filter.getQuery();
      assertThat(query.getOrderingProperties()).hasSize(1);
      assertThat(query.getOrderingProperties().get(0).getQueryProperty().getName()).isEqualTo("DUE_DATE_");
      @SuppressWarnings("unchecked")
      List<Map<String, String>> variables = (List<Map<String, String>>) filter.getProperties().get("variables");
      assertThat(variables).extracting(v -> v.get("name"))
          .containsExactly("caseNumber", "clientDisplayName", "priorityLabel");
      assertThat(variables).extracting(v -> v.get("label")).containsExactly("Ärendenummer", "Klient", "Prioritet");
    }
    Filter group = filterService.createFilterQuery().filterName("Min grupps uppgifter").singleResult();
    TaskQueryImpl query = group.getQuery();
    assertThat(query.isUnassigned()).isTrue();
    assertThat(query.getExpressions()).containsEntry("taskCandidateGroupIn", "${currentUserGroups()}");
    assertThat(((TaskQueryImpl) filterService.createFilterQuery().filterName("Mina uppgifter").singleResult()
        .getQuery()).getExpressions()).containsEntry("taskAssignee", "${currentUser()}");
    assertThat(((TaskQueryImpl) filterService.createFilterQuery().filterName("Mina klienters uppgifter").singleResult()
        .getQuery()).getExpressions()).containsOnly(Map.entry("taskInvolvedUser", "${currentUser()}"));
    assertThat(((TaskQueryImpl) filterService.createFilterQuery().filterName("Förfallna").singleResult()
        .getQuery()).getExpressions()).containsEntry("dueBefore", "${now()}");
  }
}
