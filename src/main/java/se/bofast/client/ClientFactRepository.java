package se.bofast.client;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientFactRepository extends JpaRepository<ClientFactEntity, Long> {

  /** The latest fact of a kind by its date (the later recorded one on equal dates). */
  Optional<ClientFactEntity> findFirstByClientIdAndKindOrderByFactDateDescIdDesc(long clientId, FactKind kind);
}
