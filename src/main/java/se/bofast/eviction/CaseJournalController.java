package se.bofast.eviction;

import static se.bofast.eviction.EvictionConstants.*;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.bofast.client.CaseJournal;
import se.bofast.client.Journal;
import se.bofast.client.JournalEntryView;
import se.bofast.client.JournalKind;
import se.bofast.identity.Groups;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.RequireGroups;

/**
 * An eviction case's journal over REST, whether or not its tenant is a client: the bosamordnare
 * and the socialsekreterare read and write it, the enhetschef reads it. An entry about a chain
 * client's case is in the client's journal too. There is no PUT, PATCH or DELETE: Spring answers
 * them 405 — the journal is append-only (SoL 11:5, FL 27 §).
 */
@RestController
class CaseJournalController {

  private final CaseJournal journal;
  private final CaseJournalSubjects subjects;
  private final ApiAccess access;

  CaseJournalController(CaseJournal journal, CaseJournalSubjects subjects, ApiAccess access) {
    this.journal = journal;
    this.subjects = subjects;
    this.access = access;
  }

  /** A new entry, or a correction: kind, eventDate, text; sign to sign at once. The case is the path's. */
  record WriteEntry(JournalKind kind, LocalDate eventDate, String text, Boolean sign) {

    Journal.Draft draft() {
      return new Journal.Draft(kind, eventDate, text, null, Boolean.TRUE.equals(sign));
    }
  }

  @GetMapping(API_CASE_JOURNAL)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF})
  List<JournalEntryView> read(@PathVariable long caseId) {
    return journal.read(subjects.of(caseId).caseNumber());
  }

  @GetMapping(API_CASE_JOURNAL_ENTRY)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF})
  JournalEntryView entry(@PathVariable long caseId, @PathVariable long entryId) {
    return journal.entry(subjects.of(caseId).caseNumber(), entryId);
  }

  @PostMapping(path = API_CASE_JOURNAL, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE})
  ResponseEntity<JournalEntryView> write(@PathVariable long caseId, @RequestBody WriteEntry body) {
    String author = writer();
    CaseJournalSubjects.Subject subject = subjects.of(caseId);
    return created(caseId, journal.write(subject.caseNumber(), subject.clientId(), body.draft(), author));
  }

  @PostMapping(API_CASE_JOURNAL_SIGNATURE)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE})
  JournalEntryView sign(@PathVariable long caseId, @PathVariable long entryId) {
    String user = writer();
    return journal.sign(subjects.of(caseId).caseNumber(), entryId, user);
  }

  @PostMapping(path = API_CASE_JOURNAL_CORRECTIONS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE})
  ResponseEntity<JournalEntryView> correct(@PathVariable long caseId, @PathVariable long entryId,
      @RequestBody WriteEntry body) {
    String author = writer();
    return created(caseId, journal.correct(subjects.of(caseId).caseNumber(), entryId, body.draft(), author));
  }

  private String writer() {
    return access.requireAnyGroup(Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE);
  }

  private static ResponseEntity<JournalEntryView> created(long caseId, JournalEntryView entry) {
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(API_CASE_JOURNAL_ENTRY)
        .buildAndExpand(caseId, entry.id()).toUri();
    return ResponseEntity.created(location).body(entry);
  }
}
