package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;
import se.bofast.platform.web.SafeText;

/**
 * The partner register: landlords, Bostadsförmedlingen and Kronofogden, each with its
 * landlord-relations instance (started on registration, told when the cooperation ends) and
 * the interval of its regular contact. Every method is one transaction and checks every rule
 * itself: a refusal throws {@link InvalidInputException} naming the field and stores nothing.
 * Who did it is the engine's current user ({@link CurrentUser}: the /api or Tasklist user).
 */
@Service
@Transactional
public class PartnerRegister {

  /** A new partner; the annotations let /api name every wrong field at once, the methods below check again. */
  public record NewPartner(PartnerKind kind, @SafeText(max = NAME_MAX_LENGTH) String name,
      @SafeText(max = ORGANISATION_NUMBER_INPUT_MAX_LENGTH) String organisationNumber,
      @SafeText(max = CONTACT_INTERVAL_MAX_LENGTH) String contactInterval) {
  }

  public record PartnerView(long id, PartnerKind kind, String name, String organisationNumber,
      String contactInterval, boolean active, String processInstanceId,
      List<ContactPersons.ContactPersonView> contactPersons, List<LeaseAgreements.AgreementView> agreements) {
  }

  private static final int MIN_INTERVAL_DAYS = 7;
  private static final int MAX_INTERVAL_DAYS = 730;

  private final PartnerRepository partners;
  private final PartnerViews views;
  private final ApartmentNeeds needs;
  private final LandlordRelationsProcess process;
  private final LandlordProperties properties;
  private final CurrentUser user;
  private final Clock clock;

  PartnerRegister(PartnerRepository partners, PartnerViews views, ApartmentNeeds needs,
      LandlordRelationsProcess process, LandlordProperties properties, CurrentUser user, Clock clock) {
    this.partners = partners;
    this.views = views;
    this.needs = needs;
    this.process = process;
    this.properties = properties;
    this.user = user;
    this.clock = clock;
  }

  /** Registers a partner and starts its landlord-relations instance (business key: the partner id). */
  public PartnerView create(NewPartner cmd) {
    if (cmd == null || cmd.kind() == null) {
      throw new InvalidInputException("kind", "Ange vilket slags partner: LANDLORD, BOSTADSFORMEDLINGEN, KRONOFOGDEN eller VOLUNTARY_ORGANISATION.");
    }
    String name = LandlordInputs.text(cmd.name(), "name", "Ange partnerns namn.", NAME_MAX_LENGTH);
    String number = OrganisationNumber.normalize(cmd.organisationNumber());
    Period interval = cmd.contactInterval() == null || cmd.contactInterval().isBlank()
        ? properties.defaultContactInterval()
        : interval(cmd.contactInterval());
    if (partners.existsByOrganisationNumber(number)) {
      throw duplicate();
    }
    Partner partner;
    try {
      partner = partners.saveAndFlush(new Partner(cmd.kind(), name, number, interval.toString(),
          OffsetDateTime.now(clock), user.id()));
    } catch (DataIntegrityViolationException e) {
      if (String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT)
          .contains("uq_partner_organisation_number")) {
        throw duplicate();
      }
      throw e;
    }
    partner.processInstanceId = process.start(partner.id, name, cmd.kind());
    return views.of(partner);
  }

  @Transactional(readOnly = true)
  public Optional<PartnerView> findByOrganisationNumber(String organisationNumber) {
    return partners.findByOrganisationNumber(OrganisationNumber.normalize(organisationNumber)).map(views::of);
  }

  public List<PartnerView> list() {
    return partners.findAllByOrderByNameAscIdAsc().stream().map(views::of).toList();
  }

  /** @throws NotFoundException when there is no partner with this id */
  @Transactional(readOnly = true)
  public PartnerView get(long partnerId) {
    return views.of(partners.require(partnerId));
  }

  @Transactional(readOnly = true)
  public Optional<PartnerView> find(long partnerId) {
    return partners.findById(partnerId).map(views::of);
  }

  /** The interval of the regular contact; the running timer is moved to match (counted from when it started). */
  public PartnerView changeContactInterval(long partnerId, String contactInterval) {
    Partner partner = partners.require(partnerId);
    partner.contactInterval = interval(contactInterval).toString();
    partners.saveAndFlush(partner);
    if (partner.active && partner.processInstanceId != null) {
      process.moveContactTimer(partner.processInstanceId);
    }
    return views.of(partner);
  }

  /** The partner's contact interval, read by the model's timer (${landlordDue.contactInterval(partnerId)}). */
  @Transactional(readOnly = true)
  public Period contactInterval(long partnerId) {
    return Period.parse(partners.require(partnerId).contactInterval);
  }

  /**
   * Ends the cooperation: open apartment needs are cancelled and the partner's
   * landlord-relations instance ends (message PartnerDeactivated).
   */
  public PartnerView deactivate(long partnerId) {
    Partner partner = partners.require(partnerId);
    if (!partner.active) {
      throw new InvalidInputException("active", "Partnern är redan avaktiverad.");
    }
    partner.active = false;
    partner.deactivatedAt = OffsetDateTime.now(clock);
    partner.deactivatedBy = user.id();
    needs.cancelOpenNeeds(partnerId);
    partners.saveAndFlush(partner);
    if (partner.processInstanceId != null) {
      process.partnerDeactivated(partner.processInstanceId);
    }
    return views.of(partner);
  }

  /** An ISO-8601 period between a week and two years, normalized (P14D stays, P12M becomes P1Y). */
  private static Period interval(String text) {
    Period period;
    try {
      period = Period.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException("contactInterval",
          "Kontaktintervallet ska anges som en ISO-8601-period, till exempel P3M (tre månader) eller P6W (sex veckor).");
    }
    long days = period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    if (period.isNegative() || days < MIN_INTERVAL_DAYS || days > MAX_INTERVAL_DAYS) {
      throw new InvalidInputException("contactInterval", "Kontaktintervallet ska vara mellan en vecka och två år.");
    }
    return period.normalized();
  }

  private static InvalidInputException duplicate() {
    return new InvalidInputException(OrganisationNumber.FIELD, "Det finns redan en partner med detta organisationsnummer.");
  }
}
