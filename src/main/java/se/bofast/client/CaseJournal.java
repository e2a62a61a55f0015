package se.bofast.client;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.NotFoundException;

/**
 * The journal of an eviction case (SoL 11:5, FL 27 §), whose tenant is often no client of the
 * register: every entry written in the case, whether it belongs to a client (a tenant who is a
 * client in the housing chain: the entry is in the client's journal too, with the case number)
 * or to the case alone. Append-only as a client's {@link Journal}: an entry is signed once by its
 * author and corrected by a new entry of the same client and case. The caller (the eviction
 * module) answers for the case number being that of an existing case.
 */
@Service
public class CaseJournal {

  private final JournalEntryRepository entries;
  private final ClientRepository clients;
  private final JournalEntries journal;

  CaseJournal(JournalEntryRepository entries, ClientRepository clients, JournalEntries journal) {
    this.entries = entries;
    this.clients = clients;
    this.journal = journal;
  }

  /** The case's journal, by event date and then by when each entry was written. */
  @Transactional(readOnly = true)
  public List<JournalEntryView> read(String caseNumber) {
    List<JournalEntryEntity> all = entries.findByCaseNumberOrderByEventDateAscWrittenAtAscIdAsc(
        JournalEntries.caseNumber(caseNumber));
    return journal.views(all, all);
  }

  @Transactional(readOnly = true)
  public JournalEntryView entry(String caseNumber, long entryId) {
    return journal.view(existing(caseNumber, entryId));
  }

  /**
   * Writes a new entry in the case by the author, signed at once when the draft says so: in the
   * client's journal too when the tenant is a client ({@code clientId}), else in the case's only.
   * The draft names no case number of its own.
   */
  @Transactional
  public JournalEntryView write(String caseNumber, Long clientId, Journal.Draft draft, String author) {
    String number = JournalEntries.caseNumber(caseNumber);
    if (draft.caseNumber() != null && !draft.caseNumber().strip().equals(number)) {
      throw new se.bofast.platform.web.InvalidInputException("caseNumber",
          "Anteckningen skrivs i ärendet " + number + ".");
    }
    if (clientId != null && !clients.existsById(clientId)) {
      throw new NotFoundException("Klienten finns inte (id " + clientId + ").");
    }
    return journal.write(clientId, number, draft, author);
  }

  /** The author signs an unsigned entry of the case; from then on nothing of it may change. */
  @Transactional
  public JournalEntryView sign(String caseNumber, long entryId, String user) {
    journal.sign(existing(caseNumber, entryId), user);
    return entry(caseNumber, entryId);
  }

  /** A new entry that corrects an earlier one of the case, of the same client (if any) and case. */
  @Transactional
  public JournalEntryView correct(String caseNumber, long entryId, Journal.Draft draft, String author) {
    return journal.correct(existing(caseNumber, entryId), draft, author);
  }

  private JournalEntryEntity existing(String caseNumber, long entryId) {
    return entries.findByIdAndCaseNumber(entryId, JournalEntries.caseNumber(caseNumber))
        .orElseThrow(() -> new NotFoundException("Anteckningen finns inte i ärendets journal (id " + entryId + ")."));
  }
}
