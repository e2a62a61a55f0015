package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.bofast.housing.Step;
import se.bofast.landlord.ApartmentNeeds.NeedView;
import se.bofast.landlord.ContactLog.ContactView;
import se.bofast.landlord.ContactLog.NewContact;
import se.bofast.landlord.ContactPersons.ContactPersonView;
import se.bofast.landlord.ContactPersons.NewContactPerson;
import se.bofast.landlord.LeaseAgreements.AgreementView;
import se.bofast.landlord.PartnerRegister.NewPartner;
import se.bofast.landlord.PartnerRegister.PartnerView;
import se.bofast.platform.web.DateRange;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.SafeText;
import se.bofast.platform.web.RequireGroups;

/**
 * The partner register over REST: the bosamordnare works with it, the enhetschef may read
 * (GET). Each endpoint calls the service of its job (register, contact persons, contact log,
 * agreements, apartment needs), which checks every rule; a refusal is 400 problem+json naming
 * the field.
 */
@RestController
@RequireGroups({API_GROUP_BOSAMORDNARE, API_GROUP_ENHETSCHEF})
class PartnerController {

  private final PartnerRegister partners;
  private final ContactPersons contactPersons;
  private final ContactLog contactLog;
  private final LeaseAgreements agreements;
  private final ApartmentNeeds needs;

  PartnerController(PartnerRegister partners, ContactPersons contactPersons, ContactLog contactLog,
      LeaseAgreements agreements, ApartmentNeeds needs) {
    this.partners = partners;
    this.contactPersons = contactPersons;
    this.contactLog = contactLog;
    this.agreements = agreements;
    this.needs = needs;
  }

  record NewAgreement(@Positive(message = "Ange lägenhetens id.") Long apartmentId,
      @DateRange LocalDate validFrom) {
  }

  record NewApartmentNeed(Step kind,
      @Min(value = 1, message = "Antalet lägenheter ska vara 1–" + MAX_APARTMENTS_PER_NEED + ".")
      @Max(value = MAX_APARTMENTS_PER_NEED, message = "Antalet lägenheter ska vara 1–" + MAX_APARTMENTS_PER_NEED + ".")
      Integer count) {
  }

  record ContactInterval(@SafeText(max = CONTACT_INTERVAL_MAX_LENGTH) String contactInterval) {
  }

  @GetMapping(API_PARTNERS)
  List<PartnerView> list() {
    return partners.list();
  }

  @GetMapping(API_PARTNER)
  PartnerView get(@PathVariable long id) {
    return partners.get(id);
  }

  @GetMapping(API_CONTACTS)
  List<ContactView> contacts(@PathVariable long id) {
    return contactLog.contacts(id);
  }

  @GetMapping(API_APARTMENT_NEEDS)
  List<NeedView> apartmentNeeds(@PathVariable long id) {
    return needs.apartmentNeeds(id);
  }

  @PostMapping(path = API_PARTNERS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups(API_GROUP_BOSAMORDNARE)
  ResponseEntity<PartnerView> create(@Valid @RequestBody NewPartner body) {
    PartnerView partner = partners.create(body);
    return created(API_PARTNER, partner.id(), partner);
  }

  @PostMapping(path = API_CONTACT_PERSONS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups(API_GROUP_BOSAMORDNARE)
  ResponseEntity<ContactPersonView> addContactPerson(@PathVariable long id, @Valid @RequestBody NewContactPerson body) {
    return created(API_PARTNER, id, contactPersons.addContactPerson(id, body));
  }

  @PostMapping(path = API_CONTACTS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups(API_GROUP_BOSAMORDNARE)
  ResponseEntity<ContactView> recordContact(@PathVariable long id, @Valid @RequestBody NewContact body) {
    return created(API_CONTACTS, id, contactLog.recordContact(id, body));
  }

  @PostMapping(path = API_AGREEMENTS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups(API_GROUP_BOSAMORDNARE)
  ResponseEntity<AgreementView> addAgreement(@PathVariable long id, @Valid @RequestBody NewAgreement body) {
    return created(API_PARTNER, id, agreements.addAgreement(id, body.apartmentId(), body.validFrom()));
  }

  @PostMapping(path = API_APARTMENT_NEEDS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups(API_GROUP_BOSAMORDNARE)
  ResponseEntity<NeedView> raiseApartmentNeed(@PathVariable long id, @Valid @RequestBody NewApartmentNeed body) {
    if (body.count() == null) {
      partners.get(id); // 404 before 400 for an unknown partner
      throw new InvalidInputException("count", "Ange hur många lägenheter som behövs.");
    }
    return created(API_APARTMENT_NEEDS, id, needs.raiseApartmentNeed(id, body.kind(), body.count()));
  }

  @PutMapping(path = API_CONTACT_INTERVAL, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups(API_GROUP_BOSAMORDNARE)
  PartnerView changeContactInterval(@PathVariable long id, @Valid @RequestBody ContactInterval body) {
    return partners.changeContactInterval(id, body.contactInterval());
  }

  /** Ends the cooperation and the partner's landlord-relations instance. */
  @PostMapping(API_DEACTIVATION)
  @RequireGroups(API_GROUP_BOSAMORDNARE)
  PartnerView deactivate(@PathVariable long id) {
    return partners.deactivate(id);
  }

  private static <T> ResponseEntity<T> created(String path, long id, T body) {
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
    return ResponseEntity.created(location).body(body);
  }
}
