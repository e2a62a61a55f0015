package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;
import static se.bofast.landlord.LandlordInputs.optionalText;
import static se.bofast.landlord.LandlordInputs.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.web.DateRange;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.Inputs;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.SafeText;

/**
 * The log of contacts with each partner: from /api, from landlord-relations' tasks and from
 * eviction-prevention's contact with a tenant's landlord. The user who records a contact is
 * the one who had it. One transaction per call, or the caller's (a task's completion); a
 * refusal throws {@link InvalidInputException} naming the field and stores nothing.
 */
@Service
@Transactional
public class ContactLog {

  /** A contact in the log; subject and outcome are free-text notes (line breaks allowed). */
  public record NewContact(@DateRange(yearsAhead = 0) LocalDate date, ContactChannel channel,
      @SafeText(max = SUBJECT_MAX_LENGTH, multiline = true) String subject,
      @SafeText(max = OUTCOME_MAX_LENGTH, multiline = true) String outcome,
      @SafeText(max = CASE_NUMBER_MAX_LENGTH) String evictionCaseNumber,
      @SafeText(max = CASE_NUMBER_MAX_LENGTH) String journeyCaseNumber) {
  }

  public record ContactView(long id, long partnerId, LocalDate date, ContactChannel channel, String subject,
      String outcome, String evictionCaseNumber, String journeyCaseNumber, String userId) {

    static ContactView of(PartnerContact c) {
      return new ContactView(c.id, c.partnerId, c.contactDate, c.channel, c.subject, c.outcome,
          c.evictionCaseNumber, c.journeyCaseNumber, c.userId);
    }
  }

  private final PartnerRepository partners;
  private final PartnerContactRepository contacts;
  private final CurrentUser user;
  private final Clock clock;

  ContactLog(PartnerRepository partners, PartnerContactRepository contacts, CurrentUser user, Clock clock) {
    this.partners = partners;
    this.contacts = contacts;
    this.user = user;
    this.clock = clock;
  }

  /**
   * Records a contact with the partner in the contact log.
   *
   * @throws se.bofast.platform.web.NotFoundException when there is no partner with this id
   */
  public ContactView recordContact(long partnerId, NewContact cmd) {
    partners.require(partnerId);
    LocalDate today = LocalDate.now(clock);
    LocalDate date = Inputs.require(cmd == null ? null : cmd.date(), "date", "Ange datum för kontakten.");
    Inputs.notInFuture(date, today, "date");
    DateRules.check("date", date, today, 0);
    if (cmd.channel() == null) {
      throw new InvalidInputException("channel", "Ange kontaktsätt: PHONE, EMAIL, MEETING, LETTER eller VISIT.");
    }
    String subject = text(cmd.subject(), "subject", "Ange vad kontakten gällde.", SUBJECT_MAX_LENGTH);
    String outcome = text(cmd.outcome(), "outcome", "Ange resultatet av kontakten.", OUTCOME_MAX_LENGTH);
    String eviction = optionalText(cmd.evictionCaseNumber(), "evictionCaseNumber", CASE_NUMBER_MAX_LENGTH);
    String journey = optionalText(cmd.journeyCaseNumber(), "journeyCaseNumber", CASE_NUMBER_MAX_LENGTH);
    return ContactView.of(contacts.saveAndFlush(new PartnerContact(partnerId, date, cmd.channel(), subject,
        outcome, eviction, journey, user.id(), OffsetDateTime.now(clock))));
  }

  /**
   * Records the contact when the organisation (by organisationsnummer) is a partner in the
   * register; an organisation that is not a partner has no log, and nothing is stored.
   */
  public Optional<ContactView> recordContactIfPartner(String organisationNumber, NewContact cmd) {
    return partners.findByOrganisationNumber(OrganisationNumber.normalize(organisationNumber))
        .map(partner -> recordContact(partner.id, cmd));
  }

  /** The partner's contact log, newest first. */
  @Transactional(readOnly = true)
  public List<ContactView> contacts(long partnerId) {
    partners.require(partnerId);
    return contacts.findByPartnerIdOrderByContactDateDescIdDesc(partnerId).stream().map(ContactView::of).toList();
  }
}
