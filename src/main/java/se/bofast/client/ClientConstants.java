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
  public static final String API_JOURNAL = API_CLIENT + "/journal";
  public static final String API_JOURNAL_ENTRY = API_JOURNAL + "/{entryId}";
  public static final String API_JOURNAL_SIGNATURE = API_JOURNAL_ENTRY + "/signature";
  public static final String API_JOURNAL_CORRECTIONS = API_JOURNAL_ENTRY + "/corrections";

  /** The groups that may use the client register over REST (in {@code @RequireGroups}). */
  public static final String API_GROUP_CASE_MANAGER = Groups.CASE_MANAGER;
  public static final String API_GROUP_SOCIALSEKRETERARE = Groups.SOCIALSEKRETERARE;
  /** Who else writes a client's journal; the enhetschef reads it. */
  public static final String API_GROUP_BOENDELOTS = Groups.BOENDELOTS;
  public static final String API_GROUP_BOSAMORDNARE = Groups.BOSAMORDNARE;
  public static final String API_GROUP_ENHETSCHEF = Groups.ENHETSCHEF;

  public static final int ALIAS_MAX_LENGTH = 60;
  public static final int NAME_MAX_LENGTH = 100;
  /** A personnummer as typed (ÅÅÅÅMMDD-NNNN, perhaps with spaces around); the service checks the rest. */
  public static final int PERSONAL_NUMBER_INPUT_MAX_LENGTH = 20;

  /** "Today" for the rule that fact dates may not lie in the future. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private ClientConstants() {
  }
}
