package se.bofast.client;

public enum FactKind { TREATMENT_COMPLETED, DRUG_FREE_SINCE }
