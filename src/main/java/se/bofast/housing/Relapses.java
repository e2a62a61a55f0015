package se.bofast.housing;

import static se.bofast.platform.web.Inputs.notInFuture;
import static se.bofast.platform.web.Inputs.require;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.InvalidInputException;

/**
 * Relapses as events in the journey, not terminations: a relapse is recorded against the current
 * placement, which goes on (the client keeps the apartment); the team then agrees on the support it
 * leads to — intensified boendestöd, a temporary stay at a stödboende or in treatment while the
 * apartment is kept, or, when the lease itself is breached, an uppsägning on a lawful cause.
 */
@Service
@Transactional
public class Relapses {

  /** What the team agreed: the support, and its details (visits for intensified support, etc.). */
  public record Agreement(RelapseSupport support, Integer visitsPerWeek, Step temporaryStep,
      TerminationCause terminationCause, LocalDate terminationDate) {
  }

  public record RelapseView(long id, long placementId, LocalDate relapseDate, RelapseSupport support,
      Integer visitsPerWeek, Step temporaryStep, TerminationCause terminationCause, LocalDate agreedOn) {
  }

  private final JourneyRecords records;
  private final PlacementRepository placements;
  private final RelapseRepository relapses;

  Relapses(JourneyRecords records, PlacementRepository placements, RelapseRepository relapses) {
    this.records = records;
    this.placements = placements;
    this.relapses = relapses;
  }

  /**
   * Records a relapse during the client's current placement.
   *
   * @return true when this relapse needs a new agreement task; false when an earlier relapse's
   *     agreement is still open (that task then covers this one too)
   */
  boolean report(Journey journey, LocalDate date, String user) {
    require(date, "date", "Ange datum för återfallet.");
    notInFuture(date, records.today(), "date");
    Placement open = placements.findByOpenClientId(journey.clientId)
        .filter(p -> p.journeyId == journey.id)
        .orElseThrow(() -> new InvalidInputException("caseNumber", "Klienten har ingen pågående placering i ärendet."));
    if (date.isBefore(open.startDate)) {
      throw new InvalidInputException("date",
          "Datumet kan inte vara före placeringens startdatum (" + open.startDate + ").");
    }
    boolean awaiting = !relapses.findByPlacementIdAndSupportIsNull(open.id).isEmpty();
    relapses.saveAndFlush(new Relapse(journey.id, open.id, date, user, records.now()));
    return !awaiting;
  }

  /** Checks the team's agreement (Swedish messages naming the form field) before anything is stored. */
  static void validate(Agreement agreement, LocalDate today) {
    require(agreement.support(), "relapseSupport", "Välj vilket stöd teamet har kommit överens om.");
    switch (agreement.support()) {
      case INTENSIFIED_SUPPORT -> {
        if (agreement.visitsPerWeek() == null || agreement.visitsPerWeek() < 0 || agreement.visitsPerWeek() > 21) {
          throw new InvalidInputException("agreedVisitsPerWeek", "Ange antal stödbesök per vecka (0–21).");
        }
      }
      case TEMPORARY_STAY -> {
        if (agreement.temporaryStep() != Step.STODBOENDE && agreement.temporaryStep() != Step.BEHANDLING) {
          throw new InvalidInputException("temporaryStep", "Välj stödboende eller behandling för den tillfälliga vistelsen.");
        }
      }
      case TERMINATION -> {
        require(agreement.terminationCause(), "terminationCause",
            "Ange grunden för uppsägningen: obetald hyra, störningar, vanvård eller att beslutet upphört.");
        require(agreement.terminationDate(), "terminationDate", "Ange datum för uppsägningen.");
        notInFuture(agreement.terminationDate(), today, "terminationDate");
      }
      default -> throw new InvalidInputException("relapseSupport", "Välj vilket stöd teamet har kommit överens om.");
    }
  }

  /** The team's agreement on every relapse during the current placement still waiting for one. */
  public void agree(long journeyId, Agreement agreement, String user) {
    Journey journey = records.openJourney(journeyId);
    validate(agreement, records.today());
    Placement placement = placements.findByOpenClientId(journey.clientId).orElseThrow(() ->
        new IllegalStateException("Journey " + journey.caseNumber + " has no open placement"));
    if (agreement.support() == RelapseSupport.TERMINATION && agreement.terminationDate().isBefore(placement.startDate)) {
      throw new InvalidInputException("terminationDate",
          "Datumet kan inte vara före placeringens startdatum (" + placement.startDate + ").");
    }
    List<Relapse> open = relapses.findByPlacementIdAndSupportIsNull(placement.id);
    if (open.isEmpty()) {
      throw new IllegalStateException("Journey " + journey.caseNumber + " has no relapse awaiting an agreement");
    }
    for (Relapse relapse : open) {
      relapse.support = agreement.support();
      relapse.visitsPerWeek = agreement.visitsPerWeek();
      relapse.temporaryStep = agreement.temporaryStep();
      relapse.terminationCause = agreement.terminationCause();
      relapse.agreedOn = records.today();
      relapse.agreedBy = user;
    }
    if (agreement.support() == RelapseSupport.INTENSIFIED_SUPPORT) {
      journey.visitsPerWeek = agreement.visitsPerWeek();
    }
  }

  @Transactional(readOnly = true)
  public List<RelapseView> of(long journeyId) {
    return relapses.findByJourneyIdOrderByRelapseDateAscIdAsc(journeyId).stream()
        .map(r -> new RelapseView(r.id, r.placementId, r.relapseDate, r.support, r.visitsPerWeek, r.temporaryStep,
            r.terminationCause, r.agreedOn))
        .toList();
  }
}
