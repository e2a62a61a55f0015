package se.bofast.client;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.ConflictException;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.ForbiddenException;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.InvalidInputException.Fault;
import se.bofast.platform.web.NotFoundException;
import se.bofast.platform.web.TextRules;

/**
 * A client's journal (SoL 11:5, FL 27 §): entries are only ever added. An entry is written
 * as it stands and never edited; its author signs it (at once or later), and a mistake is
 * put right by a new entry that corrects it, so what was written, by whom and when, stays
 * readable. Nothing of an entry's text goes to a log, an exception message or the engine.
 */
@Service
public class Journal {

  public static final int TEXT_MAX_LENGTH = 4000;
  public static final int CASE_NUMBER_MAX_LENGTH = 30;
  private static final int NAME_MAX_LENGTH = 255;
  private static final Pattern EVICTION_CASE_NUMBER = Pattern.compile("VR-\\d{4}-\\d{1,9}");

  /** What an author writes: the entry's kind, the day it happened, its text, an optional eviction case. */
  public record Draft(JournalKind kind, LocalDate eventDate, String text, String caseNumber, boolean sign) {
  }

  private final JournalEntryRepository entries;
  private final ClientRepository clients;
  private final IdentityService identityService;
  /** The server's clock: "written at" and "signed at" are never taken from a request. */
  private final Clock clock = Clock.tick(Clock.system(ClientConstants.ZONE), Duration.ofNanos(1000));

  Journal(JournalEntryRepository entries, ClientRepository clients, IdentityService identityService) {
    this.entries = entries;
    this.clients = clients;
    this.identityService = identityService;
  }

  /** The client's journal, by event date and then by when each entry was written. */
  @Transactional(readOnly = true)
  public List<JournalEntryView> read(long clientId, String caseNumber) {
    requireClient(clientId);
    List<JournalEntryEntity> all = entries.findByClientIdOrderByEventDateAscWrittenAtAscIdAsc(clientId);
    List<JournalEntryEntity> found = caseNumber == null ? all
        : entries.findByClientIdAndCaseNumberOrderByEventDateAscWrittenAtAscIdAsc(clientId, caseNumber(caseNumber));
    Map<Long, Long> correctedBy = new HashMap<>();
    for (JournalEntryEntity entry : all) {
      if (entry.getCorrectsId() != null) {
        correctedBy.put(entry.getCorrectsId(), entry.getId());
      }
    }
    List<JournalEntryView> views = new ArrayList<>();
    for (JournalEntryEntity entry : found) {
      views.add(view(entry, correctedBy.get(entry.getId())));
    }
    return views;
  }

  @Transactional(readOnly = true)
  public JournalEntryView entry(long clientId, long entryId) {
    JournalEntryEntity entry = existing(clientId, entryId);
    return view(entry, entries.findByCorrectsId(entryId).map(JournalEntryEntity::getId).orElse(null));
  }

  /** Writes a new entry by the author, signed at once when the draft says so. */
  @Transactional
  public JournalEntryView write(long clientId, Draft draft, String author) {
    requireClient(clientId);
    JournalEntryEntity saved = entries.save(checked(clientId, draft, author, caseNumberOrNull(draft.caseNumber()), null));
    return view(saved, null);
  }

  /** The author signs an unsigned entry; from then on nothing of it may change. */
  @Transactional
  public JournalEntryView sign(long clientId, long entryId, String user) {
    JournalEntryEntity entry = existing(clientId, entryId);
    if (entry.getSignedAt() != null) {
      throw new ConflictException("Anteckningen är redan signerad.");
    }
    if (!entry.getWrittenBy().equals(user)) {
      throw new ForbiddenException("Bara den som skrev anteckningen kan signera den.");
    }
    if (entries.sign(entryId, user, clock.instant()) != 1) {
      throw new ConflictException("Anteckningen är redan signerad.");
    }
    return entry(clientId, entryId);
  }

  /**
   * A new entry that corrects an earlier one of the same client (in the same eviction case);
   * the earlier entry stays as it was and reads as corrected. An entry is corrected once; a
   * later correction corrects the correction.
   */
  @Transactional
  public JournalEntryView correct(long clientId, long entryId, Draft draft, String author) {
    JournalEntryEntity original = existing(clientId, entryId);
    Optional<JournalEntryEntity> earlier = entries.findByCorrectsId(entryId);
    if (earlier.isPresent()) {
      throw new ConflictException("Anteckningen är redan rättad (av anteckning " + earlier.get().getId()
          + "). Rätta den senaste anteckningen i stället.");
    }
    if (draft.caseNumber() != null) {
      throw new InvalidInputException("caseNumber", "En rättelse hör till samma ärende som anteckningen den rättar.");
    }
    JournalEntryEntity saved = entries.saveAndFlush(checked(clientId, draft, author, original.getCaseNumber(), entryId));
    return view(saved, null);
  }

  private JournalEntryEntity checked(long clientId, Draft draft, String author, String caseNumber, Long corrects) {
    List<Fault> faults = new ArrayList<>();
    if (draft.kind() == null) {
      faults.add(new Fault("kind", "Ange vad anteckningen gäller: CONTACT, VISIT, DECISION, TELEPHONE eller NOTE."));
    }
    String dateProblem = draft.eventDate() == null ? "Ange datum för händelsen."
        : DateRules.problem(draft.eventDate(), LocalDate.now(clock), 0);
    if (dateProblem != null) {
      faults.add(new Fault("eventDate", dateProblem));
    }
    String text = null;
    if (draft.text() == null || draft.text().isBlank()) {
      faults.add(new Fault("text", "Skriv anteckningens text."));
    } else {
      String problem = TextRules.problem(draft.text().strip(), TEXT_MAX_LENGTH, true);
      if (problem != null) {
        faults.add(new Fault("text", problem));
      } else {
        text = draft.text().strip();
      }
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
    return new JournalEntryEntity(clientId, caseNumber, draft.kind(), draft.eventDate(), text, author,
        fullName(author), clock.instant(), draft.sign(), corrects);
  }

  private String caseNumberOrNull(String caseNumber) {
    return caseNumber == null ? null : caseNumber(caseNumber);
  }

  private static String caseNumber(String caseNumber) {
    String trimmed = caseNumber.strip();
    if (trimmed.length() > CASE_NUMBER_MAX_LENGTH || !EVICTION_CASE_NUMBER.matcher(trimmed).matches()) {
      throw new InvalidInputException("caseNumber", "Ange ett ärendenummer för vräkningsförebyggande (VR-ÅÅÅÅ-NNNNN).");
    }
    return trimmed;
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

  private static JournalEntryView view(JournalEntryEntity e, Long correctedBy) {
    return new JournalEntryView(e.getId(), e.getClientId(), e.getCaseNumber(), e.getKind(), e.getKind().label(),
        e.getEventDate(), e.getEntryText(), e.getWrittenAt(), e.getWrittenBy(),
        e.getWrittenByName(), e.getSignedAt() != null, e.getSignedAt(),
        e.getSignedBy(), e.getCorrectsId(), correctedBy, correctedBy != null);
  }

  /** The author's name as it is when the entry is written (the author may read their own user). */
  private String fullName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name.substring(0, Math.min(name.length(), NAME_MAX_LENGTH));
  }
}
