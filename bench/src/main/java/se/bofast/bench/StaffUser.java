package se.bofast.bench;

/** A demo staff member and the candidate group whose tasks they work (password demo). */
enum StaffUser {
  KIM("kim", "case-manager"),
  LOTTA("lotta", "boendelots"),
  BOSSE("bosse", "bosamordnare"),
  SARA("sara", "socialsekreterare");

  static final String PASSWORD = "demo";

  final String user;
  final String group;

  StaffUser(String user, String group) {
    this.user = user;
    this.group = group;
  }

  /** The group as a figure name part: case_manager, boendelots, ... */
  String figure() {
    return group.replace('-', '_');
  }
}
