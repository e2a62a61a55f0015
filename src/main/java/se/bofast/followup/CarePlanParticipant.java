package se.bofast.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant from the region (psychiatry, addiction care) or another organisation. */
@Entity
@Table(name = "care_plan_participant")
class CarePlanParticipant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "care_plan_id", nullable = false)
  long carePlanId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Party party;
  @Column(nullable = false)
  String name;
  @Column(nullable = false)
  String organisation;
  @Column
  String role;

  protected CarePlanParticipant() {
  }

  CarePlanParticipant(long carePlanId, Party party, String name, String organisation, String role) {
    this.carePlanId = carePlanId;
    this.party = party;
    this.name = name;
    this.organisation = organisation;
    this.role = role;
  }
}
