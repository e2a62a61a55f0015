package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.TakeoverRequests;

/**
 * Takeover requests from client-journey go to the landlord that leases the apartment to
 * the district (found through the agreement), as message TakeoverRequested to the
 * landlord's landlord-relations; the bosamordnare negotiates there and the answer goes back.
 */
@Component
class LandlordTakeovers implements TakeoverRequests {

  private final LeaseAgreementRepository agreements;
  private final PartnerRepository partners;
  private final LandlordRelationsProcess process;

  LandlordTakeovers(LeaseAgreementRepository agreements, PartnerRepository partners,
      LandlordRelationsProcess process) {
    this.agreements = agreements;
    this.partners = partners;
    this.process = process;
  }

  @Override
  @Transactional
  public boolean request(String journeyCaseNumber, long apartmentId, String clientDisplayName) {
    return agreements.findByApartmentId(apartmentId)
        .flatMap(agreement -> partners.findById(agreement.partnerId))
        .filter(partner -> partner.active && partner.processInstanceId != null)
        .map(partner -> {
          Map<String, Object> scope = new HashMap<>();
          scope.put(VAR_JOURNEY_CASE_NUMBER, journeyCaseNumber);
          scope.put(VAR_CLIENT_DISPLAY_NAME, clientDisplayName);
          scope.put(VAR_APARTMENT_ID, apartmentId);
          scope.put(VAR_TAKEOVER_APPROVED, null);
          scope.put(VAR_TAKEOVER_NEW_REVIEW_DATE, null);
          process.takeoverRequested(partner.processInstanceId, scope);
          return true;
        })
        .orElse(false);
  }
}
