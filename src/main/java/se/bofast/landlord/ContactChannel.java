package se.bofast.landlord;

/** How a contact with a partner took place. */
public enum ContactChannel {
  PHONE, EMAIL, MEETING, LETTER, VISIT
}
