package se.bofast.landlord;

/** An apartment need: raised (negotiation open), negotiated, or cancelled when the partner was deactivated. */
public enum NeedStatus {
  OPEN, NEGOTIATED, CANCELLED
}
