package se.bofast.eviction;

/** Who sent a signal about a household at risk. */
public enum SignalSource { LANDLORD, KRONOFOGDEN, BOSTADSFORMEDLINGEN, SOCIAL_SERVICES }
