package se.bofast.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A training or trial apartment the district leases first-hand and sublets to a client. */
@Entity
@Table(name = "apartment")
class Apartment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(nullable = false)
  String street;
  @Column(name = "postal_code", nullable = false)
  String postalCode;
  @Column(nullable = false)
  String city;
  @Column(name = "landlord_name", nullable = false)
  String landlordName;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Step kind;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ApartmentStatus status = ApartmentStatus.FREE;
  @Column(name = "current_client_id")
  Long currentClientId;
  @Column(name = "reserved_journey_id")
  Long reservedJourneyId;
  @Column(name = "in_stock", nullable = false)
  boolean inStock = true;
  /** The first day in the district's stock (included). */
  @Column(name = "in_stock_from", nullable = false)
  LocalDate inStockFrom;
  /** The day the apartment left the stock (excluded); null while in it. */
  @Column(name = "in_stock_until")
  LocalDate inStockUntil;
  @Version
  long version;

  protected Apartment() {
  }

  Apartment(String street, String postalCode, String city, String landlordName, Step kind, LocalDate inStockFrom) {
    this.inStockFrom = inStockFrom;
    this.street = street;
    this.postalCode = postalCode;
    this.city = city;
    this.landlordName = landlordName;
    this.kind = kind;
  }
}
