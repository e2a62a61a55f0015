package se.bofast.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMemberRepository extends JpaRepository<TeamMemberEntity, Long> {

  Optional<TeamMemberEntity> findByCurrentClientIdAndTeamRole(long clientId, TeamRole role);

  List<TeamMemberEntity> findByCurrentClientId(long clientId);

  List<TeamMemberEntity> findByClientIdOrderByHeldFromAscIdAsc(long clientId);

  List<TeamMemberEntity> findByUserIdAndCurrentClientIdIsNotNull(String userId);
}
