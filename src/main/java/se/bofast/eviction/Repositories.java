package se.bofast.eviction;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvictionCaseRepository extends JpaRepository<EvictionCase, Long> {

  Optional<EvictionCase> findByOpenTenantKey(String personalNumber);

  Optional<EvictionCase> findByCaseNumber(String caseNumber);

  List<EvictionCase> findByStatusOrderByContactDeadlineAscIdAsc(EvictionCase.Status status);

  List<EvictionCase> findAllByOrderByIdAsc();
}

interface EvictionSignalRepository extends JpaRepository<EvictionSignal, Long> {

  Optional<EvictionSignal> findBySourceAndExternalReference(SignalSource source, String externalReference);

  List<EvictionSignal> findByCaseIdOrderByReceivedAtAscIdAsc(long caseId);
}

interface ContactAttemptRepository extends JpaRepository<ContactAttempt, Long> {

  List<ContactAttempt> findByCaseIdOrderByAttemptOnAscIdAsc(long caseId);
}
