package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.housing.Step;
import se.bofast.landlord.ContactLog.NewContact;
import se.bofast.landlord.Negotiations.ObtainedApartmentInput;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.process.ProcessIds;
import se.bofast.platform.web.InvalidInputException;

/**
 * Server-side validation and recording of landlord-relations' task forms, run by each user
 * task's "complete" listener (${landlordForms.keepInTouch(task)} ...); each listener calls one
 * service (the contact log or the negotiations). A refusal rolls the
 * completion back, nothing is stored and Tasklist shows the Swedish message. What the form
 * recorded goes to the register; the form's values are then removed from the process
 * (variables hold ids and flags only; free text about a contact may name tenants).
 */
@Component("landlordForms")
public class LandlordForms {

  /** The form keys of the contact fields, and the service's names for them. */
  static final String CONTACT_DATE = "contactDate";
  static final String CHANNEL = "channel";
  static final String SUBJECT = "contactSubject";
  static final String OUTCOME = "contactOutcome";
  static final String EVICTION_CASE = "evictionCaseNumber";
  static final String JOURNEY_CASE = "journeyCaseNumber";
  static final String OBTAINED_COUNT = "obtainedCount";
  private static final Map<String, String> FORM_KEY_OF = Map.of("date", CONTACT_DATE, "subject", SUBJECT,
      "outcome", OUTCOME);

  private final ContactLog contactLog;
  private final Negotiations negotiations;
  private final java.time.Clock clock;

  LandlordForms(ContactLog contactLog, Negotiations negotiations, java.time.Clock clock) {
    this.contactLog = contactLog;
    this.negotiations = negotiations;
    this.clock = clock;
  }

  /** "Håll kontakt med hyresvärden": the contact goes into the contact log. */
  public void keepInTouch(DelegateTask task) {
    long partnerId = ProcessIds.id(task, VAR_PARTNER_ID);
    NewContact contact = contact(task);
    formErrors(() -> contactLog.recordContact(partnerId, contact));
    removeContactFields(task);
  }

  /** "Förhandla om lägenheter": the contact is logged and the apartments obtained are recorded. */
  public void negotiate(DelegateTask task) {
    long needId = ProcessIds.id(task, VAR_NEED_ID);
    Integer count = FormValues.integer(task, OBTAINED_COUNT, "Antal lägenheter");
    if (count == null || count < 0 || count > MAX_APARTMENTS_PER_NEGOTIATION) {
      throw new InvalidInputException(OBTAINED_COUNT,
          "Ange hur många lägenheter hyresvärden erbjöd (0–" + MAX_APARTMENTS_PER_NEGOTIATION + ").");
    }
    List<ObtainedApartmentInput> got = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      got.add(new ObtainedApartmentInput(FormValues.text(task, "street" + i), FormValues.text(task, "postalCode" + i),
          FormValues.text(task, "city" + i), FormValues.choice(task, "kind" + i, Step.class, "Lägenhetstyp")));
    }
    NewContact contact = contact(task);
    int recorded = formErrors(() -> negotiations.recordNegotiation(needId, contact, got));
    removeContactFields(task);
    task.removeVariable(OBTAINED_COUNT);
    for (int i = 1; i <= MAX_APARTMENTS_PER_NEGOTIATION; i++) {
      for (String key : List.of("street", "postalCode", "city", "kind")) {
        task.removeVariable(key + i);
      }
    }
    // the flag was created on the negotiation's own scope when the need was raised
    task.setVariable(VAR_APARTMENTS_OBTAINED, recorded > 0);
  }

  /**
   * "Förhandla om överlåtelse av kontraktet": the landlord's answer to a trial apartment's
   * takeover request, logged as a contact; the answer itself goes back to client-journey.
   */
  public void takeover(DelegateTask task) {
    long partnerId = ProcessIds.id(task, VAR_PARTNER_ID);
    String answer = FormValues.text(task, VAR_TAKEOVER_APPROVED);
    if (answer == null) {
      throw new InvalidInputException(VAR_TAKEOVER_APPROVED, "Ange hyresvärdens svar.");
    }
    boolean approved = Boolean.parseBoolean(answer);
    java.time.LocalDate next = FormValues.date(task, VAR_TAKEOVER_NEW_REVIEW_DATE, "Ny uppföljning");
    if (!approved && (next == null || !next.isAfter(java.time.LocalDate.now(clock)))) {
      throw new InvalidInputException(VAR_TAKEOVER_NEW_REVIEW_DATE,
          "Ange när försöket ska följas upp igen (ett datum efter i dag).");
    }
    String caseNumber = ProcessIds.text(task, VAR_JOURNEY_CASE_NUMBER);
    NewContact contact = new NewContact(FormValues.date(task, CONTACT_DATE, "Datum för kontakten"),
        FormValues.choice(task, CHANNEL, ContactChannel.class, "Kontaktsätt"),
        "Överlåtelse av förstahandskontraktet (" + caseNumber + ")",
        approved ? "Godkänd" : "Inte godkänd nu, ny uppföljning " + next, null, caseNumber);
    formErrors(() -> contactLog.recordContact(partnerId, contact));
    // the journey's case number stays on the negotiation's scope: the answer goes back to it
    task.removeVariable(CONTACT_DATE);
    task.removeVariable(CHANNEL);
    task.setVariable(VAR_TAKEOVER_APPROVED, approved);
  }

  private static NewContact contact(DelegateTask task) {
    return new NewContact(
        FormValues.date(task, CONTACT_DATE, "Datum för kontakten"),
        FormValues.choice(task, CHANNEL, ContactChannel.class, "Kontaktsätt"),
        FormValues.text(task, SUBJECT),
        FormValues.text(task, OUTCOME),
        FormValues.text(task, EVICTION_CASE),
        FormValues.text(task, JOURNEY_CASE));
  }

  private static void removeContactFields(DelegateTask task) {
    for (String key : List.of(CONTACT_DATE, CHANNEL, SUBJECT, OUTCOME, EVICTION_CASE, JOURNEY_CASE)) {
      task.removeVariable(key);
    }
  }

  /** The service names the fields as /api does; Tasklist's form has its own keys for some of them. */
  private static <T> T formErrors(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      String key = FORM_KEY_OF.get(e.field());
      throw key == null ? e : new InvalidInputException(key, e.getMessage());
    }
  }
}
