package se.bofast.eviction;

/** How the bosamordnare tried to reach the tenant; attempts escalate in this order. */
public enum ContactChannel { LETTER, PHONE, HOME_VISIT }
