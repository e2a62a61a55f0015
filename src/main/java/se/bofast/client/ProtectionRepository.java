package se.bofast.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProtectionRepository extends JpaRepository<ProtectionEntity, Long> {

  Optional<ProtectionEntity> findByCurrentSubject(String currentSubject);

  List<ProtectionEntity> findByClientIdOrderBySetAtAscIdAsc(long clientId);

  boolean existsByClientIdAndCurrentSubjectIsNotNull(long clientId);

  @Query("select distinct p.clientId from ProtectionEntity p where p.currentSubject is not null")
  List<Long> findProtectedClientIds();

  @Query("select distinct p.memberPersonalNumber from ProtectionEntity p where p.currentSubject is not null"
      + " and p.memberPersonalNumber is not null")
  List<String> findProtectedMemberNumbers();

  @Query("select distinct p.clientId from ProtectionEntity p where p.currentSubject is not null"
      + " and p.memberPersonalNumber = ?1")
  List<Long> findClientIdsProtectingMember(String personalNumber);
}
