package se.bofast.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JournalEntryRepository extends JpaRepository<JournalEntryEntity, Long> {

  /** The journal in reading order: by the day it happened, then by when it was written. */
  List<JournalEntryEntity> findByClientIdOrderByEventDateAscWrittenAtAscIdAsc(long clientId);

  List<JournalEntryEntity> findByClientIdAndCaseNumberOrderByEventDateAscWrittenAtAscIdAsc(long clientId,
      String caseNumber);

  Optional<JournalEntryEntity> findByIdAndClientId(long id, long clientId);

  /** An eviction case's journal: its entries with a client and without, in reading order. */
  List<JournalEntryEntity> findByCaseNumberOrderByEventDateAscWrittenAtAscIdAsc(String caseNumber);

  Optional<JournalEntryEntity> findByIdAndCaseNumber(long id, String caseNumber);

  Optional<JournalEntryEntity> findByCorrectsId(long correctsId);

  /** Signs an unsigned entry as its author; 0 when it was signed already (or by a concurrent call). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("UPDATE JournalEntryEntity e SET e.signedAt = :at, e.signedBy = e.writtenBy "
      + "WHERE e.id = :id AND e.writtenBy = :author AND e.signedAt IS NULL")
  int sign(@Param("id") long id, @Param("author") String author, @Param("at") Instant at);
}
