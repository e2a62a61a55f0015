package se.bofast.eviction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;

interface EvictionCaseRepository extends JpaRepository<EvictionCase, Long> {

  Optional<EvictionCase> findByOpenTenantKey(String personalNumber);

  /**
   * The open cases with any of these people as a tenant or with this address key (null: none),
   * oldest first, locked until the transaction ends (SELECT ... FOR UPDATE on PostgreSQL and H2):
   * signals for one household join its case one after the other. See {@link HouseholdCases}.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from EvictionCase c where c.id in (select t.caseId from CaseTenant t where t.openKey in :personalNumbers)"
      + " or c.openHouseholdKey = :householdKey order by c.id")
  List<EvictionCase> lockOpenCases(@Param("personalNumbers") Collection<String> personalNumbers,
      @Param("householdKey") String householdKey);

  boolean existsByOpenHouseholdKey(String householdKey);

  Optional<EvictionCase> findByCaseNumber(String caseNumber);

  List<EvictionCase> findByStatusOrderByContactDeadlineAscIdAsc(EvictionCase.Status status);

  List<EvictionCase> findAllByOrderByIdAsc();

  /** The case, or 404 with a Swedish message. */
  default EvictionCase load(long caseId) {
    return findById(caseId).orElseThrow(() -> new NotFoundException("Ärendet finns inte (id " + caseId + ")."));
  }

  /** The case while it is open; a closed case refuses what a process step would record. */
  default EvictionCase loadOpen(long caseId) {
    EvictionCase c = load(caseId);
    if (!c.isOpen()) {
      throw new InvalidInputException("caseNumber", "Ärendet " + c.caseNumber + " är avslutat.");
    }
    return c;
  }
}

interface EvictionSignalRepository extends JpaRepository<EvictionSignal, Long> {

  Optional<EvictionSignal> findBySourceAndExternalReference(SignalSource source, String externalReference);

  List<EvictionSignal> findByCaseIdOrderByReceivedAtAscIdAsc(long caseId);
}

interface ContactAttemptRepository extends JpaRepository<ContactAttempt, Long> {

  List<ContactAttempt> findByCaseIdOrderByAttemptOnAscIdAsc(long caseId);
}

interface CaseTenantRepository extends JpaRepository<CaseTenant, Long> {

  /** The tenants of open cases among these people. */
  List<CaseTenant> findByOpenKeyIn(Collection<String> personalNumbers);

  /** The cases (open or closed) on which this person is a tenant. */
  @Query("select distinct t.caseId from CaseTenant t where t.personalNumber = :personalNumber order by t.caseId")
  List<Long> findCaseIdsByPersonalNumber(@Param("personalNumber") String personalNumber);
}
