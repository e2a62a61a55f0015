package se.bofast.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

  List<Assessment> findByClientIdOrderByDateAscIdAsc(long clientId);

  boolean existsByClientIdAndKindIn(long clientId, List<AssessmentKind> kinds);
}

interface ScheduledFollowupRepository extends JpaRepository<ScheduledFollowup, Long> {

  Optional<ScheduledFollowup> findByPendingKey(String pendingKey);

  List<ScheduledFollowup> findByClientIdOrderByDueDateAscIdAsc(long clientId);
}

interface SipTargetRepository extends JpaRepository<SipTarget, Long> {
}

interface CarePlanRepository extends JpaRepository<CarePlan, Long> {

  Optional<CarePlan> findByOpenClientId(long clientId);

  List<CarePlan> findByClientIdOrderByIdAsc(long clientId);

  List<CarePlan> findByClientIdIn(java.util.Collection<Long> clientIds);
}

interface CarePlanParticipantRepository extends JpaRepository<CarePlanParticipant, Long> {

  List<CarePlanParticipant> findByCarePlanIdOrderByIdAsc(long carePlanId);
}

interface CarePlanItemRepository extends JpaRepository<CarePlanItem, Long> {

  List<CarePlanItem> findByCarePlanIdOrderByIdAsc(long carePlanId);
}

interface CarePlanReviewRepository extends JpaRepository<CarePlanReview, Long> {

  List<CarePlanReview> findByCarePlanIdOrderByIdAsc(long carePlanId);
}
