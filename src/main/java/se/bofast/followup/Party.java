package se.bofast.followup;

/** Who takes part in, or does something in, a joint care plan. */
public enum Party {
  SOCIAL_SERVICES, PSYCHIATRY, ADDICTION_CARE, OTHER, CLIENT
}
