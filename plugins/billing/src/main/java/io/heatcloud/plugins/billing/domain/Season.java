package io.heatcloud.plugins.billing.domain;

import io.heatcloud.plugins.billing.rating.SeasonPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A heating season of the company: its days, payment deadline and suspension deadline. */
@Entity
@Table(name = "billing_season")
public class Season {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "payment_due_on", nullable = false)
  private LocalDate paymentDueOn;

  @Column(name = "suspension_apply_by", nullable = false)
  private LocalDate suspensionApplyBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Season() {}

  /**
   * Creates a season.
   *
   * @param code e.g. 2026-2027
   * @param name e.g. 2026-2027 采暖季
   * @param startsOn the first heating day
   * @param endsOn the last heating day
   * @param paymentDueOn the payment deadline
   * @param suspensionApplyBy the last day to apply for a suspension
   */
  public Season(String code, String name, LocalDate startsOn, LocalDate endsOn, LocalDate paymentDueOn,
      LocalDate suspensionApplyBy) {
    this.code = code;
    this.createdAt = Instant.now();
    update(name, startsOn, endsOn, paymentDueOn, suspensionApplyBy);
  }

  /**
   * Changes the dates.
   *
   * @param name the name
   * @param startsOn the first day
   * @param endsOn the last day
   * @param paymentDueOn the payment deadline
   * @param suspensionApplyBy the suspension deadline
   */
  public void update(String name, LocalDate startsOn, LocalDate endsOn, LocalDate paymentDueOn,
      LocalDate suspensionApplyBy) {
    this.name = name;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.paymentDueOn = paymentDueOn;
    this.suspensionApplyBy = suspensionApplyBy;
  }

  /**
   * The heating days.
   *
   * @return the period
   */
  public SeasonPeriod period() {
    return new SeasonPeriod(startsOn, endsOn);
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

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public LocalDate getPaymentDueOn() {
    return paymentDueOn;
  }

  public LocalDate getSuspensionApplyBy() {
    return suspensionApplyBy;
  }

  public int getVersion() {
    return version;
  }

  public int getDays() {
    return period().days();
  }
}
