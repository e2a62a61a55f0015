package se.bofast.landlord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.ApartmentService;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;

/**
 * Lease agreements: which landlord leases which of housing's apartments to the district,
 * recorded by hand (/api) or when apartments obtained in a negotiation are added to
 * housing's stock (landlord-relations' service task). One transaction per call, or the
 * caller's (a process step); a refusal throws {@link InvalidInputException} naming the field
 * and stores nothing.
 */
@Service
@Transactional
public class LeaseAgreements {

  public record AgreementView(long id, long partnerId, long apartmentId, LocalDate validFrom, Long needId) {

    static AgreementView of(LeaseAgreement a) {
      return new AgreementView(a.id, a.partnerId, a.apartmentId, a.validFrom, a.needId);
    }
  }

  private final PartnerRepository partners;
  private final LeaseAgreementRepository agreements;
  private final ObtainedApartmentRepository obtained;
  private final ApartmentService apartments;
  private final CurrentUser user;
  private final Clock clock;

  LeaseAgreements(PartnerRepository partners, LeaseAgreementRepository agreements,
      ObtainedApartmentRepository obtained, ApartmentService apartments, CurrentUser user, Clock clock) {
    this.partners = partners;
    this.agreements = agreements;
    this.obtained = obtained;
    this.apartments = apartments;
    this.user = user;
    this.clock = clock;
  }

  /** The landlord leases housing's apartment (by id) to the district from validFrom (today when null). */
  public AgreementView addAgreement(long partnerId, Long apartmentId, LocalDate validFrom) {
    LandlordInputs.requireLandlord(partners.require(partnerId));
    if (apartmentId == null) {
      throw new InvalidInputException("apartmentId", "Ange lägenhetens id.");
    }
    try {
      apartments.get(apartmentId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("apartmentId", "Lägenheten finns inte (id " + apartmentId + ").");
    }
    if (agreements.findByApartmentId(apartmentId).isPresent()) {
      throw new InvalidInputException("apartmentId", "Lägenheten har redan ett avtal med en hyresvärd.");
    }
    LocalDate today = LocalDate.now(clock);
    DateRules.check("validFrom", validFrom, today, DateRules.DEFAULT_YEARS_AHEAD);
    LocalDate from = validFrom == null ? today : validFrom;
    return AgreementView.of(agreements.saveAndFlush(
        new LeaseAgreement(partnerId, apartmentId, from, null, OffsetDateTime.now(clock), user.id())));
  }

  /**
   * Adds the partner's obtained apartments that are not yet in the stock to housing's stock
   * (which wakes client-journey's apartment queue) and records an agreement for each.
   * Returns how many were added.
   */
  int addObtainedApartments(long partnerId) {
    Partner partner = partners.require(partnerId);
    List<ObtainedApartment> pending = obtained.findByPartnerIdAndApartmentIdIsNullOrderByIdAsc(partnerId);
    for (ObtainedApartment a : pending) {
      long apartmentId = apartments.add(a.street, a.postalCode, a.city, partner.name, a.kind).id();
      a.apartmentId = apartmentId;
      agreements.save(new LeaseAgreement(partnerId, apartmentId, LocalDate.now(clock), a.needId,
          OffsetDateTime.now(clock), user.id()));
    }
    obtained.flush();
    return pending.size();
  }
}
