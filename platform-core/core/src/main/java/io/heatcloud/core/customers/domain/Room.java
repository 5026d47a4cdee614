package io.heatcloud.core.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A room (房间): the premise that is heated and billed, with its building area, heated (billable)
 * area, usage type, heating mode, heat meter and valve.
 */
@Entity
@Table(name = "room")
@NamedQuery(name = "Room.findByAccount", query = "SELECT r FROM Room r WHERE r.account.id = :account ORDER BY r.premiseCode")
@NamedQuery(name = "Room.findByPremiseCode", query = "SELECT r FROM Room r WHERE r.premiseCode = :code")
@NamedQuery(name = "Room.find", query = "SELECT r FROM Room r WHERE r.unit = :unit AND r.roomNo = :roomNo")
public class Room {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private BuildingUnit unit;

  @Column(name = "room_no", nullable = false, length = 10)
  private String roomNo;

  @Column(name = "premise_code", nullable = false, unique = true, length = 40)
  private String premiseCode;

  @Column(name = "building_area", nullable = false, precision = 10, scale = 2)
  private BigDecimal buildingArea;

  @Column(name = "heated_area", nullable = false, precision = 10, scale = 2)
  private BigDecimal heatedArea;

  @Column(name = "usage_type", nullable = false, length = 20)
  private String usageType;

  @Enumerated(EnumType.STRING)
  @Column(name = "heating_mode", nullable = false, length = 10)
  private HeatingMode heatingMode;

  @Column(name = "meter_serial", length = 30)
  private String meterSerial;

  @Enumerated(EnumType.STRING)
  @Column(name = "valve_state", nullable = false, length = 12)
  private ValveState valveState;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  /** For JPA. */
  protected Room() {}

  /**
   * Creates a room.
   *
   * @param unit its unit
   * @param roomNo its number, e.g. {@code 1102}
   * @param premiseCode its generated premise code
   * @param facts its areas, usage, heating mode, meter and valve
   */
  public Room(BuildingUnit unit, String roomNo, String premiseCode, RoomFacts facts) {
    this.unit = unit;
    this.roomNo = roomNo;
    this.premiseCode = premiseCode;
    apply(facts);
  }

  /**
   * Changes the room's facts.
   *
   * @param facts the new facts
   */
  public void apply(RoomFacts facts) {
    this.buildingArea = facts.buildingArea();
    this.heatedArea = facts.heatedArea();
    this.usageType = facts.usageType();
    this.heatingMode = facts.heatingMode();
    this.meterSerial = facts.meterSerial();
    this.valveState = facts.valveState();
  }

  /**
   * The room's facts.
   *
   * @return areas, usage, heating mode, meter and valve
   */
  public RoomFacts facts() {
    return new RoomFacts(buildingArea, heatedArea, usageType, heatingMode, meterSerial, valveState);
  }

  /**
   * Assigns the room to an account.
   *
   * @param account the account
   */
  public void assignTo(Account account) {
    this.account = account;
  }

  public Long getId() {
    return id;
  }

  public BuildingUnit getUnit() {
    return unit;
  }

  public String getRoomNo() {
    return roomNo;
  }

  public String getPremiseCode() {
    return premiseCode;
  }

  public BigDecimal getBuildingArea() {
    return buildingArea;
  }

  public BigDecimal getHeatedArea() {
    return heatedArea;
  }

  public String getUsageType() {
    return usageType;
  }

  public HeatingMode getHeatingMode() {
    return heatingMode;
  }

  public String getMeterSerial() {
    return meterSerial;
  }

  public ValveState getValveState() {
    return valveState;
  }

  public Account getAccount() {
    return account;
  }
}
