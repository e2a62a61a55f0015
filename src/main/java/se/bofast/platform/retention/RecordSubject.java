package se.bofast.platform.retention;

import java.util.Set;

/**
 * A client whose records are looked at or removed: the client's id and every case number any
 * module knows for the client (journeys, eviction cases), so that rows filed under a case number
 * only (an eviction case's journal, a landlord contact about a case, a notice) are found too.
 */
public record RecordSubject(long clientId, Set<String> caseNumbers) {

  public RecordSubject {
    caseNumbers = Set.copyOf(caseNumbers);
  }
}
