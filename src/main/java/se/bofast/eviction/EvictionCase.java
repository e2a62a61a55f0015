package se.bofast.eviction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * One household at risk of eviction: one open case per household, whatever the number of
 * signals. The household is every tenant on the case ({@link #tenants}) and, when the landlord
 * is known, its address ({@link #openHouseholdKey}); see {@link HouseholdCases}.
 */
@Entity
@Table(name = "eviction_case")
class EvictionCase {

  enum Status { OPEN, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "case_number", nullable = false, unique = true)
  String caseNumber;
  @Column(name = "tenant_personal_number", nullable = false)
  String tenantPersonalNumber;
  @Column(name = "tenant_name", nullable = false)
  String tenantName;
  @Column(nullable = false)
  String street;
  @Column(name = "postal_code", nullable = false)
  String postalCode;
  @Column(nullable = false)
  String city;
  @Column(name = "landlord_name")
  String landlordName;
  @Column(name = "landlord_org_number")
  String landlordOrgNumber;
  @Column(name = "children_in_household")
  Integer childrenInHousehold;
  @Column(name = "rent_debt_sek")
  BigDecimal rentDebtSek;
  @Column(name = "notice_served_date")
  LocalDate noticeServedDate;
  @Column(name = "social_services_notified_date")
  LocalDate socialServicesNotifiedDate;
  @Column(name = "reclaim_deadline")
  LocalDate reclaimDeadline;
  @Column(name = "eviction_at")
  LocalDateTime evictionAt;
  @Column(nullable = false)
  String priority;
  @Column(name = "contact_deadline", nullable = false)
  LocalDate contactDeadline;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Status status = Status.OPEN;
  @Column(name = "open_tenant_key", unique = true)
  String openTenantKey;
  /** Street, postal code and landlord while the case is open ({@link HouseholdCases#addressKey}); null when closed. */
  @Column(name = "open_household_key", unique = true)
  String openHouseholdKey;
  /** The tenant the case was opened for, first, then the co-tenants in the order they were named. */
  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  @OrderBy("id")
  @BatchSize(size = 50)
  List<CaseTenant> tenants = new ArrayList<>();
  @Column(name = "first_signal_on", nullable = false)
  LocalDate firstSignalOn;
  @Column(name = "first_contact_on")
  LocalDate firstContactOn;
  @Enumerated(EnumType.STRING)
  @Column
  Outcome outcome;
  @Column(name = "children_affected")
  Integer childrenAffected;
  @Column(name = "social_services_present")
  Boolean socialServicesPresent;
  @Column(name = "closed_on")
  LocalDate closedOn;
  @Column(name = "aid_decision")
  String aidDecision;
  @Column(name = "aid_amount_sek")
  BigDecimal aidAmountSek;
  @Column(name = "aid_decided_on")
  LocalDate aidDecidedOn;
  @Column(name = "uv_decided_on")
  LocalDate uvDecidedOn;
  @Column(name = "uv_measures")
  String uvMeasures;
  @Column(name = "uv_responsible")
  String uvResponsible;
  @Column(name = "uv_act_by")
  LocalDate uvActBy;
  @Column(name = "emergency_housing")
  Boolean emergencyHousing;
  @Column(name = "outcome_on")
  LocalDate outcomeOn;
  @Column(name = "rent_debt_at_outcome_sek")
  BigDecimal rentDebtAtOutcomeSek;
  @Column(name = "continued_without_contact_on")
  LocalDate continuedWithoutContactOn;
  @Column(name = "landlord_meeting_needed", nullable = false)
  boolean landlordMeetingNeeded;
  @Column(name = "client_journey_case_number")
  String clientJourneyCaseNumber;
  @Column(name = "process_instance_id")
  String processInstanceId;
  @Column(name = "opened_by", nullable = false)
  String openedBy;
  @Column(name = "opened_at", nullable = false)
  OffsetDateTime openedAt;
  @Version
  long version;

  protected EvictionCase() {
  }

  EvictionCase(String caseNumber, String tenantPersonalNumber, String tenantName, String street, String postalCode,
      String city, LocalDate firstSignalOn, String openedBy, OffsetDateTime openedAt) {
    this.caseNumber = caseNumber;
    this.tenantPersonalNumber = tenantPersonalNumber;
    this.openTenantKey = tenantPersonalNumber;
    this.tenantName = tenantName;
    this.street = street;
    this.postalCode = postalCode;
    this.city = city;
    this.firstSignalOn = firstSignalOn;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  boolean isOpen() {
    return status == Status.OPEN;
  }

  /**
   * The case closes: the household's keys are released, so that a later signal for any of its
   * tenants or its address opens a new case. Called with the status set to CLOSED.
   */
  void releaseOpenKeys() {
    openTenantKey = null;
    openHouseholdKey = null;
    tenants.forEach(t -> t.openKey = null);
  }

  /** Whether children live in the household, as far as the case knows. */
  boolean hasChildren() {
    return childrenInHousehold != null && childrenInHousehold > 0;
  }
}
