package se.bofast.platform.retention;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gallring of a case that belongs to no client: an eviction case of tenants who never became
 * clients is a record of its own, removed by its own last entry under the same rule. Implemented
 * by the module that holds such cases (eviction) and by every module that files rows under a case
 * number (the client register: the case's journal). Called in {@code @Order}, like
 * {@link ClientRecords}.
 */
public interface CaseRecords {

  /** The module's name in the removal log. */
  String module();

  /** The case numbers of cases no client is linked to (only the module that holds them answers). */
  default Set<String> casesWithoutClient() {
    return Set.of();
  }

  /** The days of the month the case's people were born (for the exemptions); empty when unknown. */
  default Set<Integer> birthDaysOfMonth(String caseNumber) {
    return Set.of();
  }

  default Set<String> processInstanceIds(String caseNumber) {
    return Set.of();
  }

  Optional<LocalDate> lastEntry(String caseNumber);

  /** Why the case must stay (a Swedish label), if it is open. */
  default Optional<String> openCase(String caseNumber) {
    return Optional.empty();
  }

  /** Removes the case's rows in this module, in the caller's transaction; counts per kind. */
  Map<String, Integer> remove(String caseNumber);
}
