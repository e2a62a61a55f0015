package se.bofast.client;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<ClientEntity, Long> {

  Optional<ClientEntity> findByPersonalNumber(String personalNumber);

  boolean existsByPersonalNumber(String personalNumber);
}
