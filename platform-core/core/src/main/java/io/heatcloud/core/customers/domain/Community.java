package io.heatcloud.core.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A residential community (小区): the top of the premises tree. */
@Entity
@Table(name = "community")
@NamedQuery(name = "Community.findAll", query = "SELECT c FROM Community c ORDER BY c.code")
@NamedQuery(name = "Community.findByCode", query = "SELECT c FROM Community c WHERE c.code = :code")
public class Community {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 8)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(length = 50)
  private String district;

  @Column(length = 200)
  private String address;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For JPA. */
  protected Community() {}

  /**
   * Creates a community.
   *
   * @param code its code
   * @param name its name
   * @param district its district
   * @param address its street address
   * @param now the time
   */
  public Community(String code, String name, String district, String address, Instant now) {
    this.code = code;
    this.name = name;
    this.district = district;
    this.address = address;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDistrict() {
    return district;
  }

  public String getAddress() {
    return address;
  }
}
