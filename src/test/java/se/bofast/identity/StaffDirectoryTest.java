package se.bofast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;

/**
 * The one staff lookup (work plans and notices use it): names, e-mail and groups from the engine's
 * identity service, read as the application whoever is logged in, each member once.
 */
@AppTest
class StaffDirectoryTest {

  @Autowired IdentityService identity;
  @Autowired StaffDirectory directory;

  String group;
  String asa;
  String nameless;

  @BeforeEach
  void aGroupWithTwoMembers() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    group = "sdgroup" + suffix;
    asa = "sdasa" + suffix;
    nameless = "sdnone" + suffix;
    Group g = identity.newGroup(group);
    g.setName("Testgrupp");
    identity.saveGroup(g);
    user(asa, "Åsa", "Lind", "  asa.lind@bofast.example ");
    user(nameless, null, null, " ");
    identity.createMembership(asa, group);
    identity.createMembership(asa, Groups.BOENDELOTS);
    identity.createMembership(nameless, group);
  }

  @AfterEach
  void removeThem() {
    identity.clearAuthentication();
    identity.deleteUser(asa);
    identity.deleteUser(nameless);
    identity.deleteGroup(group);
  }

  @Test
  void membersOfSeveralGroupsAreListedOnceByUserIdWithEveryGroupTheyAreIn() {
    identity.setAuthentication("kim", List.of(Groups.CASE_MANAGER));

    List<StaffMember> members = directory.members(List.of(group, Groups.BOENDELOTS)).stream()
        .filter(m -> m.userId().startsWith("sd") && m.userId().endsWith(group.substring(7))).toList();

    assertThat(members).extracting(StaffMember::userId).containsExactly(asa, nameless);
    StaffMember first = members.get(0);
    assertThat(first.name()).isEqualTo("Åsa Lind");
    assertThat(first.email()).isEqualTo("asa.lind@bofast.example");
    assertThat(first.hasAddress()).isTrue();
    assertThat(first.groups()).containsExactly(Groups.BOENDELOTS, group);
    assertThat(first.in(group)).isTrue();
    StaffMember second = members.get(1);
    assertThat(second.name()).as("no name: the user id").isEqualTo(nameless);
    assertThat(second.email()).isNull();
    assertThat(second.hasAddress()).isFalse();
    assertThat(identity.getCurrentAuthentication().getUserId()).as("the caller's authentication is back").isEqualTo("kim");
  }

  @Test
  void aUserIsFoundByIdAndNamedByTheirNameOrTheirId() {
    assertThat(directory.find(asa)).get().extracting(StaffMember::name).isEqualTo("Åsa Lind");
    assertThat(directory.find("sdnobody")).isEmpty();
    assertThat(directory.name(asa)).isEqualTo("Åsa Lind");
    assertThat(directory.name(nameless)).isEqualTo(nameless);
    assertThat(directory.name("sdnobody")).isEqualTo("sdnobody");
    assertThat(directory.find("lotta")).get().satisfies(lotta -> {
      assertThat(lotta.name()).isEqualTo("Lotta Bergström");
      assertThat(lotta.groups()).contains(Groups.BOENDELOTS);
    });
  }

  @Test
  void aVeryLongNameIsCutToTheColumnsLength() {
    User user = identity.createUserQuery().userId(asa).singleResult();
    user.setFirstName("Å".repeat(200));
    user.setLastName("L".repeat(200));
    identity.saveUser(user);

    assertThat(directory.name(asa)).hasSize(StaffDirectory.NAME_MAX_LENGTH).startsWith("ÅÅÅ");
  }

  @Test
  void membershipOfAnyOfTheGroups() {
    assertThat(directory.inAnyGroup(asa, List.of(Groups.SOCIALSEKRETERARE, group))).isTrue();
    assertThat(directory.inAnyGroup(nameless, List.of(Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS))).isFalse();
    assertThat(directory.inAnyGroup("sdnobody", List.of(group))).isFalse();
  }

  private void user(String id, String first, String last, String email) {
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(email);
    user.setPassword("Lång-och-säker-fras-2026");
    identity.saveUser(user);
  }
}
