package se.bofast.client;

import java.time.ZoneId;
import se.bofast.identity.Groups;

/** The client module's constants: REST paths, who may use them, limits. */
public final class ClientConstants {

  public static final String API_CLIENTS = "/api/clients";
  public static final String API_CLIENT = API_CLIENTS + "/{id}";
  public static final String API_IDENTIFICATION = API_CLIENT + "/identification";
  public static final String API_FACTS = API_CLIENT + "/facts";
  public static final String API_TEAM = API_CLIENT + "/team";
  public static final String API_TEAM_ROLE = API_TEAM + "/{role}";
  public static final String API_HANDOVER = "/api/staff/{userId}/handover";

  /** The groups that may use the client register over REST (in {@code @RequireGroups}). */
  public static final String API_GROUP_CASE_MANAGER = Groups.CASE_MANAGER;
  public static final String API_GROUP_SOCIALSEKRETERARE = Groups.SOCIALSEKRETERARE;

  public static final int ALIAS_MAX_LENGTH = 60;
  public static final int NAME_MAX_LENGTH = 100;
  /** A personnummer as typed (ÅÅÅÅMMDD-NNNN, perhaps with spaces around); the service checks the rest. */
  public static final int PERSONAL_NUMBER_INPUT_MAX_LENGTH = 20;

  /** "Today" for the rule that fact dates may not lie in the future. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private ClientConstants() {
  }
}
