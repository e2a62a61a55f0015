package se.bofast.landlord;

import se.bofast.identity.Groups;

/** Names shared by the landlord-relations model, its Java glue and /api/partners. */
public final class LandlordConstants {

  public static final String PROCESS_KEY = "landlord-relations";

  public static final String MESSAGE_PARTNER_DEACTIVATED = "PartnerDeactivated";
  public static final String MESSAGE_APARTMENT_NEED_RAISED = "ApartmentNeedRaised";
  /** A trial apartment's takeover request from client-journey (set on the subprocess's own scope). */
  public static final String MESSAGE_TAKEOVER_REQUESTED = "TakeoverRequested";
  public static final String VAR_JOURNEY_CASE_NUMBER = "journeyCaseNumber";
  public static final String VAR_CLIENT_DISPLAY_NAME = "clientDisplayName";
  public static final String VAR_APARTMENT_ID = "apartmentId";
  public static final String VAR_TAKEOVER_APPROVED = "landlordApproved";
  public static final String VAR_TAKEOVER_NEW_REVIEW_DATE = "newReviewDate";

  // process variables: ids, flags and what Tasklist shows (an organisation's name); no personal data
  public static final String VAR_PARTNER_ID = "partnerId";
  public static final String VAR_PARTNER_NAME = "partnerName";
  public static final String VAR_PARTNER_KIND = "partnerKind";
  /** Set on the negotiation's own scope (the event subprocess), so needs negotiated at once do not mix. */
  public static final String VAR_NEED_ID = "needId";
  public static final String VAR_NEED_KIND = "needKind";
  public static final String VAR_NEED_COUNT = "needCount";
  public static final String VAR_APARTMENTS_OBTAINED = "apartmentsObtained";

  // task keys of bofast.landlord.task-due
  public static final String TASK_KEEP_IN_TOUCH = "keep-in-touch";
  public static final String TASK_NEGOTIATE_APARTMENTS = "negotiate-apartments";

  // REST
  public static final String API_PARTNERS = "/api/partners";
  public static final String API_PARTNER = API_PARTNERS + "/{id}";
  public static final String API_CONTACT_PERSONS = API_PARTNER + "/contact-persons";
  public static final String API_CONTACTS = API_PARTNER + "/contacts";
  public static final String API_AGREEMENTS = API_PARTNER + "/agreements";
  public static final String API_APARTMENT_NEEDS = API_PARTNER + "/apartment-needs";
  public static final String API_CONTACT_INTERVAL = API_PARTNER + "/contact-interval";
  public static final String API_DEACTIVATION = API_PARTNER + "/deactivation";

  /** Who works with partners (reads and writes) and who may read (in {@code @RequireGroups}). */
  public static final String API_GROUP_BOSAMORDNARE = Groups.BOSAMORDNARE;
  public static final String API_GROUP_ENHETSCHEF = Groups.ENHETSCHEF;

  public static final int NAME_MAX_LENGTH = 120;
  public static final int PERSON_NAME_MAX_LENGTH = 100;
  public static final int ROLE_MAX_LENGTH = 100;
  public static final int PHONE_MAX_LENGTH = 30;
  public static final int EMAIL_MAX_LENGTH = 254;
  public static final int SUBJECT_MAX_LENGTH = 500;
  public static final int OUTCOME_MAX_LENGTH = 200;
  public static final int CASE_NUMBER_MAX_LENGTH = 30;
  /** An organisationsnummer as typed (16NNNNNN-NNNN, perhaps with spaces around); the service checks the rest. */
  public static final int ORGANISATION_NUMBER_INPUT_MAX_LENGTH = 20;
  /** An ISO-8601 period as typed (P3M, P6W, P1Y2M...). */
  public static final int CONTACT_INTERVAL_MAX_LENGTH = 20;
  /** Apartments recorded by one "Förhandla om lägenheter" (the form's slots). */
  public static final int MAX_APARTMENTS_PER_NEGOTIATION = 5;
  public static final int MAX_APARTMENTS_PER_NEED = 20;

  private LandlordConstants() {
  }
}
