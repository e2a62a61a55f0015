package se.bofast.landlord;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.VoluntaryOrganisations;

/** The register's voluntary organisations, for the housing module's outreach contacts. */
@Component
@Transactional(readOnly = true)
class VoluntaryOrganisationRegister implements VoluntaryOrganisations {

  private final PartnerRepository partners;

  VoluntaryOrganisationRegister(PartnerRepository partners) {
    this.partners = partners;
  }

  @Override
  public List<Organisation> active() {
    return partners.findByKindAndActiveTrueOrderByNameAscIdAsc(PartnerKind.VOLUNTARY_ORGANISATION).stream()
        .map(p -> new Organisation(p.id, p.name))
        .toList();
  }

  @Override
  public Optional<Organisation> find(long partnerId) {
    return partners.findById(partnerId)
        .filter(p -> p.kind == PartnerKind.VOLUNTARY_ORGANISATION)
        .map(p -> new Organisation(p.id, p.name));
  }
}
