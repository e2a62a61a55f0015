package se.bofast.client;

public enum Needs { ADDICTION, PSYCHIATRIC, BOTH }
