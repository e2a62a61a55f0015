package se.bofast.client;

/** What the client needs care for. {@link #BOTH} is samsjuklighet (co-occurring conditions). */
public enum Needs {
  ADDICTION, PSYCHIATRIC, BOTH
}
