package se.bofast.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.identity.StaffDirectory;
import se.bofast.identity.StaffMember;
import se.bofast.platform.web.NotFoundException;
import se.bofast.platform.web.RequireGroups;

/**
 * Each person's choice of notices (/api/me/notification-settings) and, for the enhetschef, who
 * receives what and who receives nothing (/api/notification-settings).
 */
@RestController
class NotificationSettingsController {

  static final String API_MINE = "/api/me/notification-settings";
  static final String API_ALL = "/api/notification-settings";

  /** A person's notices; {@code email}: the address used, from the user's profile. */
  record SettingsView(String userId, String name, String email, boolean digest, boolean urgent,
      boolean chosen, boolean receivesNothing) {

    static SettingsView of(StaffMember p, NotificationSettings.Choice c) {
      return new SettingsView(p.userId(), p.name(), p.email(), c.digest(), c.urgent(), c.stored(),
          !p.hasAddress() || (!c.digest() && !c.urgent()));
    }
  }

  record Change(
      @NotNull(message = "Ange om du vill ha den dagliga sammanfattningen (digest).") Boolean digest,
      @NotNull(message = "Ange om du vill ha meddelanden om akuta ärenden (urgent).") Boolean urgent) {
  }

  private final StaffDirectory directory;
  private final NotificationSettings settings;
  private final IdentityService identity;

  NotificationSettingsController(StaffDirectory directory, NotificationSettings settings, IdentityService identity) {
    this.directory = directory;
    this.settings = settings;
    this.identity = identity;
  }

  @GetMapping(API_MINE)
  @RequireGroups({Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE,
      Groups.ENHETSCHEF})
  SettingsView mine() {
    StaffMember me = me();
    return SettingsView.of(me, settings.of(me));
  }

  @PutMapping(path = API_MINE, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups({Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE,
      Groups.ENHETSCHEF})
  SettingsView change(@Valid @RequestBody Change change) {
    StaffMember me = me();
    return SettingsView.of(me, settings.save(me.userId(), change.digest(), change.urgent(), me.userId()));
  }

  @GetMapping(API_ALL)
  @RequireGroups(Groups.ENHETSCHEF)
  List<SettingsView> all() {
    return directory.members(NotificationSettings.NOTIFIED_GROUPS).stream().map(p -> SettingsView.of(p, settings.of(p))).toList();
  }

  private StaffMember me() {
    String userId = identity.getCurrentAuthentication().getUserId();
    return directory.find(userId).orElseThrow(() -> new NotFoundException("Användaren finns inte."));
  }
}
