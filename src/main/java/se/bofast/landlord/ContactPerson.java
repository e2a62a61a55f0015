package se.bofast.landlord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Someone at a partner the bosamordnare talks to. */
@Entity
@Table(name = "partner_contact_person")
class ContactPerson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "partner_id", nullable = false)
  long partnerId;
  @Column(nullable = false)
  String name;
  @Column(name = "person_role")
  String role;
  @Column
  String phone;
  @Column
  String email;
  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
  @Column(name = "created_by", nullable = false)
  String createdBy;

  protected ContactPerson() {
  }

  ContactPerson(long partnerId, String name, String role, String phone, String email, OffsetDateTime createdAt,
      String createdBy) {
    this.partnerId = partnerId;
    this.name = name;
    this.role = role;
    this.phone = phone;
    this.email = email;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }
}
