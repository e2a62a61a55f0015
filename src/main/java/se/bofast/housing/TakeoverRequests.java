package se.bofast.housing;

/**
 * Where a trial apartment's takeover request goes: implemented by the module that keeps
 * the landlords (landlord-relations answers through {@link JourneyMessages#answerTakeover}).
 * Housing owns the port, so the dependency runs from landlord to housing and not back.
 */
public interface TakeoverRequests {

  /**
   * Passes the request to the landlord of the apartment.
   *
   * @return false when no registered landlord holds an agreement for the apartment: the
   *     bosamordnare then asks the landlord from client-journey's own task
   */
  boolean request(String journeyCaseNumber, long apartmentId, String clientDisplayName);
}
