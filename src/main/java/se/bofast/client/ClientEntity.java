package se.bofast.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of the client register. An unidentified client has an alias and no personal
 * number; identifying the client later fills in the same row, so its id and alias stay.
 */
@Entity
@Table(name = "client")
class ClientEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String personalNumber;
  private boolean coordinationNumber;
  private String alias;
  private String firstName;
  private String lastName;
  private Integer childrenInHousehold;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Needs needs;

  @Column(updatable = false)
  private Instant createdAt;
  @Column(updatable = false)
  private String createdBy;
  private Instant identifiedAt;
  private String identifiedBy;

  @Version
  private long version;

  protected ClientEntity() {
  }

  static ClientEntity unidentified(String alias, Needs needs, String createdBy, Instant now) {
    ClientEntity client = new ClientEntity();
    client.alias = alias;
    client.needs = needs;
    client.createdBy = createdBy;
    client.createdAt = now;
    return client;
  }

  static ClientEntity identified(String personalNumber, boolean coordinationNumber, String firstName,
      String lastName, Integer childrenInHousehold, Needs needs, String createdBy, Instant now) {
    ClientEntity client = new ClientEntity();
    client.needs = needs;
    client.childrenInHousehold = childrenInHousehold;
    client.createdBy = createdBy;
    client.createdAt = now;
    client.identify(personalNumber, coordinationNumber, firstName, lastName, createdBy, now);
    return client;
  }

  void identify(String personalNumber, boolean coordinationNumber, String firstName, String lastName,
      String identifiedBy, Instant now) {
    this.personalNumber = personalNumber;
    this.coordinationNumber = coordinationNumber;
    this.firstName = firstName;
    this.lastName = lastName;
    this.identifiedBy = identifiedBy;
    this.identifiedAt = now;
  }

  void setChildrenInHousehold(Integer childrenInHousehold) {
    this.childrenInHousehold = childrenInHousehold;
  }

  boolean isIdentified() {
    return personalNumber != null;
  }

  Long getId() {
    return id;
  }

  ClientView toView() {
    String displayName = isIdentified() ? DisplayNames.of(firstName, lastName) : DisplayNames.ofAlias(alias);
    return new ClientView(id, isIdentified(), personalNumber, coordinationNumber, alias, firstName, lastName,
        childrenInHousehold, needs, displayName, false);
  }
}
