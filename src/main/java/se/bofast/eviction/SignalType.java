package se.bofast.eviction;

/** What the signal says (values of the decision input signalType). */
public enum SignalType { RENT_ARREARS, DISTURBANCE, EVICTION_DATE_SET, EARLY_WARNING }
