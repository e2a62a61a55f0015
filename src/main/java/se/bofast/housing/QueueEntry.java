package se.bofast.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A journey waiting for a free apartment of a kind; first come, first served. */
@Entity
@Table(name = "apartment_queue")
class QueueEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "journey_id", nullable = false, unique = true)
  long journeyId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Step kind;
  @Column(name = "queued_at", nullable = false)
  OffsetDateTime queuedAt;

  protected QueueEntry() {
  }

  QueueEntry(long journeyId, Step kind, OffsetDateTime queuedAt) {
    this.journeyId = journeyId;
    this.kind = kind;
    this.queuedAt = queuedAt;
  }
}
