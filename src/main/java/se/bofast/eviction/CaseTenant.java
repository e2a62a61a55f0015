package se.bofast.eviction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A tenant of the household an eviction case is about: the tenant it was opened for, or a
 * co-tenant named on a later or the same notice. Personal data: it lives here, never in a
 * process variable. While the case is open, {@code openKey} is the personnummer (unique: a
 * person is on one open case at most).
 */
@Entity
@Table(name = "eviction_case_tenant")
class CaseTenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  /** Written through {@link EvictionCase#tenants}; read here for the lookups. */
  @Column(name = "case_id", insertable = false, updatable = false)
  Long caseId;
  @Column(name = "personal_number", nullable = false, updatable = false)
  String personalNumber;
  @Column(nullable = false)
  String name;
  @Column(name = "main_tenant", nullable = false, updatable = false)
  boolean mainTenant;
  @Column(name = "open_key", unique = true)
  String openKey;
  @Column(name = "added_at", nullable = false, updatable = false)
  OffsetDateTime addedAt;
  @Column(name = "added_by", nullable = false, updatable = false)
  String addedBy;

  protected CaseTenant() {
  }

  CaseTenant(String personalNumber, String name, boolean mainTenant, String addedBy, OffsetDateTime addedAt) {
    this.personalNumber = personalNumber;
    this.name = name;
    this.mainTenant = mainTenant;
    this.openKey = personalNumber;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }
}
