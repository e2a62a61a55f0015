package se.bofast.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who does what in a plan. */
@Entity
@Table(name = "care_plan_item")
class CarePlanItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "care_plan_id", nullable = false)
  long carePlanId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Party party;
  @Column(nullable = false)
  String action;

  protected CarePlanItem() {
  }

  CarePlanItem(long carePlanId, Party party, String action) {
    this.carePlanId = carePlanId;
    this.party = party;
    this.action = action;
  }
}
