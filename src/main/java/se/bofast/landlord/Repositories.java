package se.bofast.landlord;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.bofast.platform.web.NotFoundException;

interface PartnerRepository extends JpaRepository<Partner, Long> {

  boolean existsByOrganisationNumber(String organisationNumber);

  Optional<Partner> findByOrganisationNumber(String organisationNumber);

  List<Partner> findAllByOrderByNameAscIdAsc();

  List<Partner> findByKindAndActiveTrueOrderByNameAscIdAsc(PartnerKind kind);

  /** The partner, or {@link NotFoundException} (404) when there is none with this id. */
  default Partner require(long partnerId) {
    return findById(partnerId)
        .orElseThrow(() -> new NotFoundException("Partnern finns inte (id " + partnerId + ")."));
  }
}

interface ContactPersonRepository extends JpaRepository<ContactPerson, Long> {

  List<ContactPerson> findByPartnerIdOrderByIdAsc(long partnerId);
}

interface PartnerContactRepository extends JpaRepository<PartnerContact, Long> {

  List<PartnerContact> findByPartnerIdOrderByContactDateDescIdDesc(long partnerId);
}

interface ApartmentNeedRepository extends JpaRepository<ApartmentNeed, Long> {

  List<ApartmentNeed> findByPartnerIdAndStatus(long partnerId, NeedStatus status);

  List<ApartmentNeed> findByPartnerIdOrderByIdAsc(long partnerId);
}

interface ObtainedApartmentRepository extends JpaRepository<ObtainedApartment, Long> {

  List<ObtainedApartment> findByPartnerIdAndApartmentIdIsNullOrderByIdAsc(long partnerId);
}

interface LeaseAgreementRepository extends JpaRepository<LeaseAgreement, Long> {

  List<LeaseAgreement> findByPartnerIdOrderByIdAsc(long partnerId);

  Optional<LeaseAgreement> findByApartmentId(long apartmentId);
}
