package se.bofast.client;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.NotFoundException;

/**
 * A client's journal (SoL 11:5, FL 27 §): entries are only ever added. An entry is written
 * as it stands and never edited; its author signs it (at once or later), and a mistake is
 * put right by a new entry that corrects it, so what was written, by whom and when, stays
 * readable. Nothing of an entry's text goes to a log, an exception message or the engine.
 * An eviction case's entries about a tenant who is no client are the {@link CaseJournal}'s.
 */
@Service
public class Journal {

  public static final int TEXT_MAX_LENGTH = 4000;
  public static final int CASE_NUMBER_MAX_LENGTH = 30;

  /** What an author writes: the entry's kind, the day it happened, its text, an optional eviction case. */
  public record Draft(JournalKind kind, LocalDate eventDate, String text, String caseNumber, boolean sign) {
  }

  private final JournalEntryRepository entries;
  private final ClientRepository clients;
  private final JournalEntries journal;

  Journal(JournalEntryRepository entries, ClientRepository clients, JournalEntries journal) {
    this.entries = entries;
    this.clients = clients;
    this.journal = journal;
  }

  /** The client's journal, by event date and then by when each entry was written. */
  @Transactional(readOnly = true)
  public List<JournalEntryView> read(long clientId, String caseNumber) {
    requireClient(clientId);
    List<JournalEntryEntity> all = entries.findByClientIdOrderByEventDateAscWrittenAtAscIdAsc(clientId);
    List<JournalEntryEntity> found = caseNumber == null ? all
        : entries.findByClientIdAndCaseNumberOrderByEventDateAscWrittenAtAscIdAsc(clientId,
            JournalEntries.caseNumber(caseNumber));
    return journal.views(found, all);
  }

  @Transactional(readOnly = true)
  public JournalEntryView entry(long clientId, long entryId) {
    return journal.view(existing(clientId, entryId));
  }

  /** Writes a new entry by the author, signed at once when the draft says so. */
  @Transactional
  public JournalEntryView write(long clientId, Draft draft, String author) {
    requireClient(clientId);
    return journal.write(clientId, draft.caseNumber() == null ? null : JournalEntries.caseNumber(draft.caseNumber()),
        draft, author);
  }

  /** The author signs an unsigned entry; from then on nothing of it may change. */
  @Transactional
  public JournalEntryView sign(long clientId, long entryId, String user) {
    journal.sign(existing(clientId, entryId), user);
    return entry(clientId, entryId);
  }

  /**
   * A new entry that corrects an earlier one of the same client (in the same eviction case);
   * the earlier entry stays as it was and reads as corrected. An entry is corrected once; a
   * later correction corrects the correction.
   */
  @Transactional
  public JournalEntryView correct(long clientId, long entryId, Draft draft, String author) {
    return journal.correct(existing(clientId, entryId), draft, author);
  }

  private void requireClient(long clientId) {
    if (!clients.existsById(clientId)) {
      throw new NotFoundException("Klienten finns inte (id " + clientId + ").");
    }
  }

  private JournalEntryEntity existing(long clientId, long entryId) {
    requireClient(clientId);
    return entries.findByIdAndClientId(entryId, clientId)
        .orElseThrow(() -> new NotFoundException("Anteckningen finns inte i klientens journal (id " + entryId + ")."));
  }
}
