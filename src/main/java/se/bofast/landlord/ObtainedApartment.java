package se.bofast.landlord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.bofast.housing.Step;

/**
 * An apartment obtained in a negotiation, recorded by the task's form; apartmentId is set
 * once the process's next step has added it to housing's stock (pending until then).
 */
@Entity
@Table(name = "obtained_apartment")
class ObtainedApartment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "need_id", nullable = false)
  long needId;
  @Column(name = "partner_id", nullable = false)
  long partnerId;
  @Column(nullable = false)
  String street;
  @Column(name = "postal_code", nullable = false)
  String postalCode;
  @Column(nullable = false)
  String city;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Step kind;
  @Column(name = "apartment_id")
  Long apartmentId;
  @Version
  long version;

  protected ObtainedApartment() {
  }

  ObtainedApartment(long needId, long partnerId, String street, String postalCode, String city, Step kind) {
    this.needId = needId;
    this.partnerId = partnerId;
    this.street = street;
    this.postalCode = postalCode;
    this.city = city;
    this.kind = kind;
  }
}
