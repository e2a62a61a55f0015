package se.bofast.identity;

import java.util.List;

/** The identity module's constants: candidate groups, applications, filter names. */
public final class Groups {

  public static final String CASE_MANAGER = "case-manager";
  public static final String BOENDELOTS = "boendelots";
  public static final String BOSAMORDNARE = "bosamordnare";
  public static final String SOCIALSEKRETERARE = "socialsekreterare";
  public static final String ENHETSCHEF = "enhetschef";
  public static final String ADMIN = "camunda-admin";
  /** System accounts that post eviction signals (landlords' and Kronofogden's systems) and may do nothing else. */
  public static final String INTAKE = "intake";

  /** Groups whose members work tasks in Tasklist and see nothing else. */
  public static final List<String> STAFF = List.of(CASE_MANAGER, BOENDELOTS, BOSAMORDNARE, SOCIALSEKRETERARE);

  static final String APP_TASKLIST = "tasklist";
  static final String APP_COCKPIT = "cockpit";

  static final String FILTER_MY_GROUP = "Min grupps uppgifter";
  static final String FILTER_MINE = "Mina uppgifter";
  static final String FILTER_MY_CLIENTS = "Mina klienters uppgifter";
  static final String FILTER_OVERDUE = "Förfallna";

  private Groups() {
  }
}
