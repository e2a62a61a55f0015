package se.bofast.workplan;

/** Who does an action of the plan: the client (the client's own part), a role, or a named staff member. */
public enum ResponsibleKind {
  CLIENT,
  ROLE,
  STAFF
}
