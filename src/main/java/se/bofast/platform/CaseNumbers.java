package se.bofast.platform;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Year;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Readable case numbers such as VK-2026-00042: a prefix, the year and the next value of a
 * database sequence (portable between H2 and PostgreSQL through Hibernate's dialect).
 */
@Component
public class CaseNumbers {

  private final EntityManager entityManager;
  private final Clock clock;

  CaseNumbers(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  public String next(String prefix, String sequence) {
    var dialect = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
        .getJdbcServices().getDialect();
    String sql = dialect.getSequenceSupport().getSequenceNextValString(sequence);
    long next = ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    return String.format("%s-%d-%05d", prefix, Year.now(clock).getValue(), next);
  }
}
