package se.bofast.platform.retention;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What one module holds about a client, for gallring. One implementation per module that keeps
 * client data, a new class of that module's own, working on that module's tables only. Beans are
 * called in their {@code @Order}: removal runs from the modules that point at others to the
 * client register, which goes last.
 *
 * <p>Nothing here returns personal data: dates, counts, case numbers and engine ids only.
 */
public interface ClientRecords {

  /** The module's name in the removal log ("housing", "eviction" ...). */
  String module();

  /** The clients the module knows of (the client register lists them all; others need not). */
  default Set<Long> clientIds() {
    return Set.of();
  }

  /**
   * The day of the month the client was born, read from the personnummer (a samordningsnummer's
   * day less 60), for the exemptions; empty when unknown (an unidentified client). Only the
   * client register answers.
   */
  default OptionalInt birthDayOfMonth(long clientId) {
    return OptionalInt.empty();
  }

  /**
   * The client's case numbers in this module (journeys, eviction cases), given what is known so
   * far (an eviction case may be found through the journey's case number it names); asked again
   * until no module adds one.
   */
  default Set<String> caseNumbers(RecordSubject known) {
    return Set.of();
  }

  /** The engine process instances this module started for the client (their history goes too). */
  default Set<String> processInstanceIds(RecordSubject subject) {
    return Set.of();
  }

  /** The date of the client's latest entry in this module, if it holds any. */
  Optional<LocalDate> lastEntry(RecordSubject subject);

  /** Why the client's records must stay (a Swedish label such as "pågående vårdkedja"), if open. */
  Optional<String> openCase(RecordSubject subject);

  /**
   * Removes (or anonymises) the client's rows in this module, in the caller's transaction, and
   * says how many of each kind ("journal entries" → 12). Kinds with nothing removed may be left
   * out.
   */
  Map<String, Integer> remove(RecordSubject subject);
}
