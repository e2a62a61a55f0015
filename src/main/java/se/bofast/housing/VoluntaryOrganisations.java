package se.bofast.housing;

import java.util.List;
import java.util.Optional;

/**
 * The voluntary organisations an outreach contact can come through. The landlord module keeps
 * them in its partner register and implements this (housing must not depend on landlord, which
 * depends on housing); organisations are not personal data.
 */
public interface VoluntaryOrganisations {

  record Organisation(long partnerId, String name) {
  }

  /** The organisations staff may choose today (active partners of the kind), by name. */
  List<Organisation> active();

  /** The voluntary organisation with this partner id, active or not; empty for any other partner. */
  Optional<Organisation> find(long partnerId);
}
