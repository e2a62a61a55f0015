package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.MAX_APARTMENTS_PER_NEED;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.Step;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.web.InvalidInputException;

/**
 * The chain's housing needs put to a landlord: how many apartments of a kind it needs. A need
 * raised gives the bosamordnare "Förhandla om lägenheter" in the landlord's landlord-relations
 * instance; the negotiation's outcome is recorded by {@link Negotiations}. One transaction per
 * call; a refusal throws {@link InvalidInputException} naming the field and stores nothing.
 */
@Service
@Transactional
public class ApartmentNeeds {

  public record NeedView(long id, long partnerId, Step kind, int requested, Integer obtained, NeedStatus status) {

    static NeedView of(ApartmentNeed n) {
      return new NeedView(n.id, n.partnerId, n.kind, n.requested, n.obtained, n.status);
    }
  }

  private final PartnerRepository partners;
  private final ApartmentNeedRepository needs;
  private final LandlordRelationsProcess process;
  private final CurrentUser user;
  private final Clock clock;

  ApartmentNeeds(PartnerRepository partners, ApartmentNeedRepository needs, LandlordRelationsProcess process,
      CurrentUser user, Clock clock) {
    this.partners = partners;
    this.needs = needs;
    this.process = process;
    this.user = user;
    this.clock = clock;
  }

  /**
   * The chain needs apartments of a kind: the partner's landlord-relations instance gives the
   * bosamordnare "Förhandla om lägenheter" (message ApartmentNeedRaised).
   */
  public NeedView raiseApartmentNeed(long partnerId, Step kind, int count) {
    Partner partner = partners.require(partnerId);
    LandlordInputs.requireLandlord(partner);
    if (!partner.active) {
      throw new InvalidInputException("active", "Partnern är avaktiverad.");
    }
    if (kind == null || !kind.isApartment()) {
      throw new InvalidInputException("kind", "Lägenhetstyp måste vara TRANINGSLAGENHET eller FORSOKSLAGENHET.");
    }
    if (count < 1 || count > MAX_APARTMENTS_PER_NEED) {
      throw new InvalidInputException("count", "Antalet lägenheter ska vara 1–" + MAX_APARTMENTS_PER_NEED + ".");
    }
    ApartmentNeed need = needs.saveAndFlush(
        new ApartmentNeed(partnerId, kind, count, OffsetDateTime.now(clock), user.id()));
    process.apartmentNeedRaised(partner.processInstanceId, need.id, kind, count);
    return NeedView.of(need);
  }

  @Transactional(readOnly = true)
  public List<NeedView> apartmentNeeds(long partnerId) {
    partners.require(partnerId);
    return needs.findByPartnerIdOrderByIdAsc(partnerId).stream().map(NeedView::of).toList();
  }

  /** The partner was deactivated: its open needs are cancelled (in the register's transaction). */
  void cancelOpenNeeds(long partnerId) {
    needs.findByPartnerIdAndStatus(partnerId, NeedStatus.OPEN).forEach(n -> n.status = NeedStatus.CANCELLED);
  }
}
