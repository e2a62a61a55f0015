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
import org.springframework.stereotype.Component;
import se.bofast.platform.web.ConflictException;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.ForbiddenException;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.InvalidInputException.Fault;
import se.bofast.platform.web.TextRules;

/**
 * What every journal does with its entries, whichever it belongs to (a client's {@link Journal},
 * an eviction case's {@link CaseJournal}): checks a draft and writes it as a new row, signs an
 * entry once by its author, writes a correction as a new entry of the same client and case, and
 * shows entries with how they stand to corrections. Nothing of an entry's text goes to a log or an
 * exception message.
 */
@Component
class JournalEntries {

  private static final int NAME_MAX_LENGTH = 255;
  private static final Pattern EVICTION_CASE_NUMBER = Pattern.compile("VR-\\d{4}-\\d{1,9}");

  private final JournalEntryRepository entries;
  private final IdentityService identityService;
  /** The server's clock: "written at" and "signed at" are never taken from a request. */
  private final Clock clock = Clock.tick(Clock.system(ClientConstants.ZONE), Duration.ofNanos(1000));

  JournalEntries(JournalEntryRepository entries, IdentityService identityService) {
    this.entries = entries;
    this.identityService = identityService;
  }

  /** Writes a new entry of the client (null: of the case only) in the case (null: none). */
  JournalEntryView write(Long clientId, String caseNumber, Journal.Draft draft, String author) {
    return view(entries.save(checked(clientId, caseNumber, draft, author, null)), null);
  }

  /** The author signs an unsigned entry; from then on nothing of it may change. */
  void sign(JournalEntryEntity entry, String user) {
    if (entry.getSignedAt() != null) {
      throw new ConflictException("Anteckningen är redan signerad.");
    }
    if (!entry.getWrittenBy().equals(user)) {
      throw new ForbiddenException("Bara den som skrev anteckningen kan signera den.");
    }
    if (entries.sign(entry.getId(), user, clock.instant()) != 1) {
      throw new ConflictException("Anteckningen är redan signerad.");
    }
  }

  /**
   * A new entry that corrects the original, of its client and in its case; the original stays as
   * it was and reads as corrected. An entry is corrected once; a later correction corrects the correction.
   */
  JournalEntryView correct(JournalEntryEntity original, Journal.Draft draft, String author) {
    Optional<JournalEntryEntity> earlier = entries.findByCorrectsId(original.getId());
    if (earlier.isPresent()) {
      throw new ConflictException("Anteckningen är redan rättad (av anteckning " + earlier.get().getId()
          + "). Rätta den senaste anteckningen i stället.");
    }
    if (draft.caseNumber() != null) {
      throw new InvalidInputException("caseNumber", "En rättelse hör till samma ärende som anteckningen den rättar.");
    }
    return view(entries.saveAndFlush(checked(original.getClientId(), original.getCaseNumber(), draft, author,
        original.getId())), null);
  }

  /** The entries shown, each with the entry that corrects it among all of the journal's entries. */
  List<JournalEntryView> views(List<JournalEntryEntity> shown, List<JournalEntryEntity> all) {
    Map<Long, Long> correctedBy = new HashMap<>();
    for (JournalEntryEntity entry : all) {
      if (entry.getCorrectsId() != null) {
        correctedBy.put(entry.getCorrectsId(), entry.getId());
      }
    }
    List<JournalEntryView> views = new ArrayList<>();
    for (JournalEntryEntity entry : shown) {
      views.add(view(entry, correctedBy.get(entry.getId())));
    }
    return views;
  }

  JournalEntryView view(JournalEntryEntity entry) {
    return view(entry, entries.findByCorrectsId(entry.getId()).map(JournalEntryEntity::getId).orElse(null));
  }

  /** An eviction case's number as a journal keeps it (VR-ÅÅÅÅ-NNNNN), or a refusal naming caseNumber. */
  static String caseNumber(String caseNumber) {
    String trimmed = caseNumber.strip();
    if (trimmed.length() > Journal.CASE_NUMBER_MAX_LENGTH || !EVICTION_CASE_NUMBER.matcher(trimmed).matches()) {
      throw new InvalidInputException("caseNumber", "Ange ett ärendenummer för vräkningsförebyggande (VR-ÅÅÅÅ-NNNNN).");
    }
    return trimmed;
  }

  private JournalEntryEntity checked(Long clientId, String caseNumber, Journal.Draft draft, String author,
      Long corrects) {
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
      String problem = TextRules.problemAsSent(draft.text(), Journal.TEXT_MAX_LENGTH, true);
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
