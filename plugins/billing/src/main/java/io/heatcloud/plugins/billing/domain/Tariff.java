package io.heatcloud.plugins.billing.domain;

import io.heatcloud.plugins.billing.rating.TariffRate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The prices of one usage type in a season from a day on. A change of price is a new row with a
 * later {@code effectiveFrom}; rows are never edited, so every bill can be traced to its prices.
 */
@Entity
@Table(name = "billing_tariff")
public class Tariff {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "season_id", nullable = false)
  private long seasonId;

  @Column(name = "usage_type", nullable = false, length = 20)
  private String usageType;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "area_price", nullable = false, precision = 10, scale = 2)
  private BigDecimal areaPrice;

  @Column(name = "metered_price", nullable = false, precision = 10, scale = 2)
  private BigDecimal meteredPrice;

  @Column(name = "base_price", nullable = false, precision = 10, scale = 2)
  private BigDecimal basePrice;

  @Column(name = "base_cap_ratio", nullable = false, precision = 5, scale = 4)
  private BigDecimal baseCapRatio;

  @Column(name = "billable_fraction", nullable = false, precision = 5, scale = 4)
  private BigDecimal billableFraction;

  @Column(length = 200)
  private String note;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Tariff() {}

  /**
   * Creates a tariff row.
   *
   * @param seasonId the season
   * @param effectiveFrom the first day it applies
   * @param rate the prices
   * @param note why, e.g. the price bureau's document
   * @param createdBy the user
   */
  public Tariff(long seasonId, LocalDate effectiveFrom, TariffRate rate, String note, String createdBy) {
    this.seasonId = seasonId;
    this.usageType = rate.usageType();
    this.effectiveFrom = effectiveFrom;
    this.areaPrice = rate.areaPrice();
    this.meteredPrice = rate.meteredPrice();
    this.basePrice = rate.basePrice();
    this.baseCapRatio = rate.baseCapRatio();
    this.billableFraction = rate.billableFraction();
    this.note = note;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  /**
   * The prices.
   *
   * @return the rate
   */
  public TariffRate rate() {
    return new TariffRate(usageType, areaPrice, meteredPrice, basePrice, baseCapRatio, billableFraction);
  }

  public Long getId() {
    return id;
  }

  public long getSeasonId() {
    return seasonId;
  }

  public String getUsageType() {
    return usageType;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public BigDecimal getAreaPrice() {
    return areaPrice;
  }

  public BigDecimal getMeteredPrice() {
    return meteredPrice;
  }

  public BigDecimal getBasePrice() {
    return basePrice;
  }

  public BigDecimal getBaseCapRatio() {
    return baseCapRatio;
  }

  public BigDecimal getBillableFraction() {
    return billableFraction;
  }

  public BigDecimal getEffectiveBasePrice() {
    return rate().effectiveBasePrice();
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
