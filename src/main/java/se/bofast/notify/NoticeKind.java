package se.bofast.notify;

/** What a notice is; part of its unique key. */
enum NoticeKind {
  /** The daily digest of a staff member's tasks. */
  DIGEST,
  /** An eviction case became URGENT. */
  URGENT_CASE,
  /** A task of an URGENT eviction case is overdue: to the enhetschef. */
  ESCALATION
}
