package io.heatcloud.plugins.billing.domain;

import io.heatcloud.plugins.billing.rating.QualityIncident;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A measurement on site: a room below the required temperature for some days, the company at fault. */
@Entity
@Table(name = "billing_quality_incident")
public class QualityRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "season_id", nullable = false)
  private long seasonId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "room_id", nullable = false)
  private long roomId;

  @Column(name = "measured_on", nullable = false)
  private LocalDate measuredOn;

  @Column(nullable = false, precision = 4, scale = 1)
  private BigDecimal temperature;

  @Column(nullable = false)
  private int days;

  @Column(length = 200)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected QualityRecord() {}

  /**
   * Records a measurement.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param roomId the room
   * @param measuredOn the day
   * @param temperature °C
   * @param days how many days it lasted
   * @param note the report number or remarks
   * @param recordedBy who
   */
  public QualityRecord(long seasonId, long accountId, long roomId, LocalDate measuredOn, BigDecimal temperature,
      int days, String note, String recordedBy) {
    this.seasonId = seasonId;
    this.accountId = accountId;
    this.roomId = roomId;
    this.measuredOn = measuredOn;
    this.temperature = temperature;
    this.days = days;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  /**
   * The rating input.
   *
   * @return the incident
   */
  public QualityIncident incident() {
    return new QualityIncident(id, roomId, temperature, days);
  }

  public Long getId() {
    return id;
  }

  public long getSeasonId() {
    return seasonId;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getRoomId() {
    return roomId;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  public BigDecimal getTemperature() {
    return temperature;
  }

  public int getDays() {
    return days;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
