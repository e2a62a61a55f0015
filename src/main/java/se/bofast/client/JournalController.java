package se.bofast.client;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.RequireGroups;

/**
 * A client's journal over REST: staff who work with clients read and write it, the
 * enhetschef reads it. There is no PUT, PATCH or DELETE: Spring answers them 405.
 */
@RestController
class JournalController {

  private final Journal journal;
  private final ApiAccess access;
  private final ClientAccess clientAccess;

  JournalController(Journal journal, ApiAccess access, ClientAccess clientAccess) {
    this.journal = journal;
    this.access = access;
    this.clientAccess = clientAccess;
  }

  /** A new entry, or a correction: kind, eventDate, text; caseNumber (VR-...) optional; sign to sign at once. */
  record WriteEntry(JournalKind kind, LocalDate eventDate, String text, String caseNumber, Boolean sign) {

    Journal.Draft draft() {
      return new Journal.Draft(kind, eventDate, text, caseNumber, Boolean.TRUE.equals(sign));
    }
  }

  @GetMapping(ClientConstants.API_JOURNAL)
  @RequireGroups({ClientConstants.API_GROUP_CASE_MANAGER, ClientConstants.API_GROUP_SOCIALSEKRETERARE,
      ClientConstants.API_GROUP_BOENDELOTS, ClientConstants.API_GROUP_BOSAMORDNARE, ClientConstants.API_GROUP_ENHETSCHEF})
  List<JournalEntryView> read(@PathVariable long id, @RequestParam(required = false) String caseNumber) {
    reader();
    clientAccess.requireRead(id);
    return journal.read(id, caseNumber);
  }

  @GetMapping(ClientConstants.API_JOURNAL_ENTRY)
  @RequireGroups({ClientConstants.API_GROUP_CASE_MANAGER, ClientConstants.API_GROUP_SOCIALSEKRETERARE,
      ClientConstants.API_GROUP_BOENDELOTS, ClientConstants.API_GROUP_BOSAMORDNARE, ClientConstants.API_GROUP_ENHETSCHEF})
  JournalEntryView entry(@PathVariable long id, @PathVariable long entryId) {
    reader();
    clientAccess.requireRead(id);
    return journal.entry(id, entryId);
  }

  @PostMapping(path = ClientConstants.API_JOURNAL, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups({ClientConstants.API_GROUP_CASE_MANAGER, ClientConstants.API_GROUP_SOCIALSEKRETERARE,
      ClientConstants.API_GROUP_BOENDELOTS, ClientConstants.API_GROUP_BOSAMORDNARE})
  ResponseEntity<JournalEntryView> write(@PathVariable long id, @RequestBody WriteEntry body) {
    return created(journal.write(id, body.draft(), writer()));
  }

  @PostMapping(ClientConstants.API_JOURNAL_SIGNATURE)
  @RequireGroups({ClientConstants.API_GROUP_CASE_MANAGER, ClientConstants.API_GROUP_SOCIALSEKRETERARE,
      ClientConstants.API_GROUP_BOENDELOTS, ClientConstants.API_GROUP_BOSAMORDNARE})
  JournalEntryView sign(@PathVariable long id, @PathVariable long entryId) {
    return journal.sign(id, entryId, writer());
  }

  @PostMapping(path = ClientConstants.API_JOURNAL_CORRECTIONS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups({ClientConstants.API_GROUP_CASE_MANAGER, ClientConstants.API_GROUP_SOCIALSEKRETERARE,
      ClientConstants.API_GROUP_BOENDELOTS, ClientConstants.API_GROUP_BOSAMORDNARE})
  ResponseEntity<JournalEntryView> correct(@PathVariable long id, @PathVariable long entryId,
      @RequestBody WriteEntry body) {
    return created(journal.correct(id, entryId, body.draft(), writer()));
  }

  private String reader() {
    return access.requireAnyGroup(ClientConstants.API_GROUP_CASE_MANAGER, ClientConstants.API_GROUP_SOCIALSEKRETERARE,
        ClientConstants.API_GROUP_BOENDELOTS, ClientConstants.API_GROUP_BOSAMORDNARE,
        ClientConstants.API_GROUP_ENHETSCHEF);
  }

  private String writer() {
    return access.requireAnyGroup(ClientConstants.API_GROUP_CASE_MANAGER, ClientConstants.API_GROUP_SOCIALSEKRETERARE,
        ClientConstants.API_GROUP_BOENDELOTS, ClientConstants.API_GROUP_BOSAMORDNARE);
  }

  private static ResponseEntity<JournalEntryView> created(JournalEntryView entry) {
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(ClientConstants.API_JOURNAL_ENTRY)
        .buildAndExpand(entry.clientId(), entry.id()).toUri();
    return ResponseEntity.created(location).body(entry);
  }
}
