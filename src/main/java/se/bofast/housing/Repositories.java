package se.bofast.housing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface JourneyRepository extends JpaRepository<Journey, Long> {

  Optional<Journey> findByCaseNumber(String caseNumber);

  Optional<Journey> findFirstByClientIdAndStatus(long clientId, Journey.Status status);

  List<Journey> findByClientIdOrderByIdAsc(long clientId);
}

interface PlacementRepository extends JpaRepository<Placement, Long> {

  Optional<Placement> findByOpenClientId(long clientId);

  List<Placement> findByJourneyIdOrderByStartDateAscIdAsc(long journeyId);

  Optional<Placement> findFirstByClientIdAndEndDateIsNotNullOrderByEndDateDescIdDesc(long clientId);
}

interface ApartmentRepository extends JpaRepository<Apartment, Long> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<Apartment> findFirstByKindAndStatusAndInStockTrueOrderByIdAsc(Step kind, ApartmentStatus status);

  List<Apartment> findByInStockTrueOrderByIdAsc();

  List<Apartment> findByReservedJourneyId(Long journeyId);
}

interface QueueRepository extends JpaRepository<QueueEntry, Long> {

  Optional<QueueEntry> findByJourneyId(long journeyId);

  List<QueueEntry> findByKindOrderByQueuedAtAscIdAsc(Step kind);
}

interface OutreachContactRepository extends JpaRepository<OutreachContact, Long> {

  List<OutreachContact> findByJourneyIdOrderByContactDateAsc(long journeyId);
}

interface PlacementReviewRepository extends JpaRepository<PlacementReview, Long> {

  List<PlacementReview> findByJourneyIdOrderByReviewDateAsc(long journeyId);
}

interface RelapseRepository extends JpaRepository<Relapse, Long> {

  List<Relapse> findByJourneyIdOrderByRelapseDateAscIdAsc(long journeyId);

  List<Relapse> findByPlacementIdAndSupportIsNull(long placementId);
}
