package se.bofast.eviction;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.landlord.ContactChannel;
import se.bofast.landlord.ContactLog;

/**
 * A case's contact with the tenant's landlord, written into the landlord register's contact
 * log when the landlord (by organisationsnummer) is a partner there; otherwise nothing is logged.
 */
@Component
@Transactional
class LandlordContactLog {

  private final EvictionCaseRepository cases;
  private final ContactLog landlordContacts;

  LandlordContactLog(EvictionCaseRepository cases, ContactLog landlordContacts) {
    this.cases = cases;
    this.landlordContacts = landlordContacts;
  }

  void record(long caseId, LocalDate date, ContactChannel channel, String result) {
    EvictionCase c = cases.load(caseId);
    if (c.landlordOrgNumber != null) {
      landlordContacts.recordContactIfPartner(c.landlordOrgNumber, new ContactLog.NewContact(date,
          channel, "Risk för vräkning (" + c.caseNumber + ")", result, c.caseNumber, null));
    }
  }
}
