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

/** A unit (单元, a stairway) of a building. */
@Entity
@Table(name = "building_unit")
@NamedQuery(name = "BuildingUnit.find",
    query = "SELECT u FROM BuildingUnit u WHERE u.building = :building AND u.code = :code")
public class BuildingUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "building_id")
  private Building building;

  @Column(nullable = false, length = 8)
  private String code;

  /** For JPA. */
  protected BuildingUnit() {}

  /**
   * Creates a unit.
   *
   * @param building its building
   * @param code its number, e.g. {@code 2}
   */
  public BuildingUnit(Building building, String code) {
    this.building = building;
    this.code = code;
  }

  public Long getId() {
    return id;
  }

  public Building getBuilding() {
    return building;
  }

  public String getCode() {
    return code;
  }
}
