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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A heat meter reading in GJ (cumulative register), one per room and day. */
@Entity
@Table(name = "meter_reading")
@NamedQuery(name = "MeterReading.findByRoom",
    query = "SELECT m FROM MeterReading m WHERE m.room.id = :room ORDER BY m.readOn DESC")
public class MeterReading {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "room_id")
  private Room room;

  @Column(name = "read_on", nullable = false)
  private LocalDate readOn;

  @Column(name = "reading_gj", nullable = false, precision = 12, scale = 3)
  private BigDecimal readingGj;

  @Column(nullable = false, length = 12)
  private String source;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For JPA. */
  protected MeterReading() {}

  /**
   * Records a reading.
   *
   * @param room the room
   * @param readOn the day
   * @param readingGj the register value in GJ
   * @param source MANUAL, IMPORT or AMR
   * @param now the time
   */
  public MeterReading(Room room, LocalDate readOn, BigDecimal readingGj, String source, Instant now) {
    this.room = room;
    this.readOn = readOn;
    this.readingGj = readingGj;
    this.source = source;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Room getRoom() {
    return room;
  }

  public LocalDate getReadOn() {
    return readOn;
  }

  public BigDecimal getReadingGj() {
    return readingGj;
  }

  public String getSource() {
    return source;
  }
}
