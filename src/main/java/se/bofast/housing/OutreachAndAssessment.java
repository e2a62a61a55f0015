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
import se.bofast.platform.web.InvalidInputException;

/**
 * Outreach and assessment: contacts with the person until identified, the ASI/DUR
 * assessment with its treatment facts, and those facts read back as the eligibility
 * decision's inputs. Called by client-journey's task glue inside the engine's transaction.
 */
@Service
@Transactional
public class OutreachAndAssessment {

  /** The contact form's fields for how the contact came about and through which organisation. */
  public static final String FIELD_CHANNEL = "contactChannel";
  public static final String FIELD_ORGANISATION = "voluntaryOrganisation";

  private final JourneyRecords records;
  private final OutreachContactRepository outreachContacts;
  private final ClientService clients;
  private final ClientNames names;
  private final ApplicationEventPublisher events;
  private final VoluntaryOrganisations organisations;

  OutreachAndAssessment(JourneyRecords records, OutreachContactRepository outreachContacts, ClientService clients,
      ClientNames names, ApplicationEventPublisher events, VoluntaryOrganisations organisations) {
    this.organisations = organisations;
    this.records = records;
    this.outreachContacts = outreachContacts;
    this.clients = clients;
    this.names = names;
    this.events = events;
  }

  /** An outreach contact made by the outreach team itself (channel OUTREACH). */
  public String recordOutreachContact(long journeyId, LocalDate date, boolean met, String personalNumber,
      String firstName, String lastName, String user) {
    return recordOutreachContact(journeyId, date, met, OutreachChannel.OUTREACH, null, personalNumber, firstName,
        lastName, user);
  }

  /**
   * Records an outreach contact and how it came about (a voluntary organisation's contact names the
   * organisation, a partner of that kind; other channels name none); identifies the client when a
   * personal number is given. Returns the display name.
   */
  public String recordOutreachContact(long journeyId, LocalDate date, boolean met, OutreachChannel channel,
      Long partnerId, String personalNumber, String firstName, String lastName, String user) {
    Journey journey = records.openJourney(journeyId);
    require(date, "contactDate", "Ange datum för kontakten.");
    notInFuture(date, records.today(), "contactDate");
    checkChannel(channel, partnerId);
    ClientView client = clients.get(journey.clientId);
    boolean identifiedBefore = client.identified();
    if (personalNumber != null && !personalNumber.isBlank() && !identifiedBefore) {
      client = clients.identify(journey.clientId, personalNumber,
          requireText(firstName, "firstName", "Ange förnamn när klienten identifieras."),
          requireText(lastName, "lastName", "Ange efternamn när klienten identifieras."), user);
    }
    outreachContacts.save(new OutreachContact(journeyId, journey.clientId, date, met, identifiedBefore, channel,
        partnerId, user, records.now()));
    return names.taskDisplayName(client.id(), journey.caseNumber);
  }

  /** A voluntary organisation's contact names an organisation of the register; other channels name none. */
  void checkChannel(OutreachChannel channel, Long partnerId) {
    require(channel, FIELD_CHANNEL, "Ange hur kontakten kom till.");
    if (channel != OutreachChannel.VOLUNTARY_ORGANISATION) {
      if (partnerId != null) {
        throw new InvalidInputException(FIELD_ORGANISATION,
            "Ange organisation bara när kontakten kom genom en ideell organisation.");
      }
      return;
    }
    require(partnerId, FIELD_ORGANISATION, "Välj vilken ideell organisation kontakten kom genom.");
    if (organisations.find(partnerId).isEmpty()) {
      throw new InvalidInputException(FIELD_ORGANISATION,
          "Organisationen finns inte bland de ideella organisationerna i partnerregistret.");
    }
  }

  /** The voluntary organisations staff may choose, for the contact form's list. */
  public java.util.List<VoluntaryOrganisations.Organisation> voluntaryOrganisations() {
    return organisations.active();
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
