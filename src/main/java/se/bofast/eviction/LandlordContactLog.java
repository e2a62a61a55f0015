package se.bofast.eviction;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.landlord.ContactChannel;
import se.bofast.landlord.LandlordService;

/**
 * A case's contact with the tenant's landlord, written into the landlord register's contact
 * log when the landlord (by organisationsnummer) is a partner there; otherwise nothing is logged.
 */
@Component
@Transactional
class LandlordContactLog {

  private final EvictionCaseRepository cases;
  private final LandlordService landlords;

  LandlordContactLog(EvictionCaseRepository cases, LandlordService landlords) {
    this.cases = cases;
    this.landlords = landlords;
  }

  void record(long caseId, LocalDate date, ContactChannel channel, String result) {
    EvictionCase c = cases.load(caseId);
    if (c.landlordOrgNumber != null) {
      landlords.findByOrganisationNumber(c.landlordOrgNumber).ifPresent(partner ->
          landlords.recordContact(partner.id(), new LandlordService.NewContact(date,
              channel, "Risk för vräkning (" + c.caseNumber + ")",
              result, c.caseNumber, null)));
    }
  }
}
