package se.bofast.housing;

/** Why a journey was closed. */
public enum CloseReason {
  MOVED_AWAY, DECLINED, DECEASED, OWN_LEASE
}
