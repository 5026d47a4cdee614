package io.heatcloud.core.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A building (楼) of a community. */
@Entity
@Table(name = "building")
@NamedQuery(name = "Building.find",
    query = "SELECT b FROM Building b WHERE b.community = :community AND b.code = :code")
public class Building {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "community_id")
  private Community community;

  @Column(nullable = false, length = 8)
  private String code;

  /** For JPA. */
  protected Building() {}

  /**
   * Creates a building.
   *
   * @param community its community
   * @param code its number, e.g. {@code 3}
   */
  public Building(Community community, String code) {
    this.community = community;
    this.code = code;
  }

  public Long getId() {
    return id;
  }

  public Community getCommunity() {
    return community;
  }

  public String getCode() {
    return code;
  }
}
