package se.bofast.housing;

/** Where the person is when the journey starts (the start form's "situation"). */
public enum Situation { HARBARGE, STREET, OTHER }
