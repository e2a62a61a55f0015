package se.bofast.landlord;

import org.springframework.stereotype.Component;
import se.bofast.landlord.ContactPersons.ContactPersonView;
import se.bofast.landlord.LeaseAgreements.AgreementView;
import se.bofast.landlord.PartnerRegister.PartnerView;

/** A partner as /api and the register's callers see it: with its contact persons and lease agreements. */
@Component
class PartnerViews {

  private final ContactPersonRepository contactPersons;
  private final LeaseAgreementRepository agreements;

  PartnerViews(ContactPersonRepository contactPersons, LeaseAgreementRepository agreements) {
    this.contactPersons = contactPersons;
    this.agreements = agreements;
  }

  /** Runs in the caller's transaction (the register's). */
  PartnerView of(Partner p) {
    return new PartnerView(p.id, p.kind, p.name, p.organisationNumber, p.contactInterval, p.active,
        p.processInstanceId,
        contactPersons.findByPartnerIdOrderByIdAsc(p.id).stream().map(ContactPersonView::of).toList(),
        agreements.findByPartnerIdOrderByIdAsc(p.id).stream().map(AgreementView::of).toList());
  }
}
