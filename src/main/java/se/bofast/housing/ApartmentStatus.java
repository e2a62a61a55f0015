package se.bofast.housing;

public enum ApartmentStatus { FREE, RESERVED, OCCUPIED }
