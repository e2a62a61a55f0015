package se.bofast.workplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

/** The module's repositories (its own tables only). */
final class Repositories {

  private Repositories() {
  }
}

interface WorkPlanRepository extends JpaRepository<WorkPlanEntity, Long> {

  Optional<WorkPlanEntity> findByClientId(long clientId);

  /** The plan, locked for a change: two saves of one plan run one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from WorkPlanEntity p where p.clientId = ?1")
  Optional<WorkPlanEntity> lockByClientId(long clientId);
}

interface WorkPlanVersionRepository extends JpaRepository<WorkPlanVersion, Long> {

  Optional<WorkPlanVersion> findByWorkPlanIdAndVersion(long workPlanId, int version);

  List<WorkPlanVersion> findByWorkPlanIdOrderByVersionAsc(long workPlanId);
}
