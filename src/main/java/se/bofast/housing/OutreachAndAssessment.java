package se.bofast.housing;

import static se.bofast.platform.web.Inputs.notInFuture;
import static se.bofast.platform.web.Inputs.require;
import static se.bofast.platform.web.Inputs.requireText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.Households;
import se.bofast.client.ClientNames;
import se.bofast.client.ClientService;
import se.bofast.client.ClientView;
import se.bofast.client.FactKind;

/**
 * Outreach and assessment: contacts with the person until identified, the ASI/DUR
 * assessment with its treatment facts, and those facts read back as the eligibility
 * decision's inputs. Called by client-journey's task glue inside the engine's transaction.
 */
@Service
@Transactional
public class OutreachAndAssessment {

  private final JourneyRecords records;
  private final OutreachContactRepository outreachContacts;
  private final ClientService clients;
  private final ClientNames names;
  private final ApplicationEventPublisher events;

  OutreachAndAssessment(JourneyRecords records, OutreachContactRepository outreachContacts, ClientService clients, ClientNames names,
      ApplicationEventPublisher events) {
    this.records = records;
    this.outreachContacts = outreachContacts;
    this.clients = clients;
    this.names = names;
    this.events = events;
  }

  /** Records an outreach contact; identifies the client when a personal number is given. Returns the display name. */
  public String recordOutreachContact(long journeyId, LocalDate date, boolean met, String personalNumber,
      String firstName, String lastName, String user) {
    Journey journey = records.openJourney(journeyId);
    require(date, "contactDate", "Ange datum för kontakten.");
    notInFuture(date, records.today(), "contactDate");
    ClientView client = clients.get(journey.clientId);
    boolean identifiedBefore = client.identified();
    if (personalNumber != null && !personalNumber.isBlank() && !identifiedBefore) {
      client = clients.identify(journey.clientId, personalNumber,
          requireText(firstName, "firstName", "Ange förnamn när klienten identifieras."),
          requireText(lastName, "lastName", "Ange efternamn när klienten identifieras."), user);
    }
    outreachContacts.save(new OutreachContact(journeyId, journey.clientId, date, met, identifiedBefore, user,
        records.now()));
    return names.taskDisplayName(client.id(), journey.caseNumber);
  }

  public boolean isClientIdentified(long journeyId) {
    return clients.get(records.journey(journeyId).clientId).identified();
  }

  public void recordAssessment(long journeyId, boolean complexNeeds, LocalDate treatmentCompletedOn,
      LocalDate drugFreeSince, Integer childrenInHousehold, LocalDate assessedOn, boolean asi, boolean dur,
      String user) {
    Journey journey = records.openJourney(journeyId);
    if (treatmentCompletedOn != null) {
      clients.recordFact(journey.clientId, FactKind.TREATMENT_COMPLETED, treatmentCompletedOn, user);
    }
    if (drugFreeSince != null) {
      clients.recordFact(journey.clientId, FactKind.DRUG_FREE_SINCE, drugFreeSince, user);
    }
    if (childrenInHousehold != null) {
      Households.childrenCount(childrenInHousehold, "childrenInHousehold");
      clients.updateHousehold(journey.clientId, childrenInHousehold);
    }
    journey.complexNeeds = journey.complexNeeds || complexNeeds;
    if (asi || dur) {
      events.publishEvent(new AssessmentRecorded(journey.clientId, journey.caseNumber, assessedOn, asi, dur));
    }
  }

  /** The eligibility decision's inputs: treatment completed, and whole months of documented drug-free time. */
  public boolean treatmentCompleted(long journeyId) {
    return clients.treatmentFacts(records.journey(journeyId).clientId).treatmentCompletedOn() != null;
  }

  public int drugFreeMonths(long journeyId) {
    LocalDate since = clients.treatmentFacts(records.journey(journeyId).clientId).drugFreeSince();
    return since == null ? 0 : (int) Math.max(0, ChronoUnit.MONTHS.between(since, records.today()));
  }
}
