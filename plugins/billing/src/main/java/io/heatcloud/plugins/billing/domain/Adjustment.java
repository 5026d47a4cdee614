package io.heatcloud.plugins.billing.domain;

import io.heatcloud.plugins.billing.rating.AdjustmentFacts;
import io.heatcloud.plugins.billing.rating.ChargeItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A waiver, subsidy or manual adjustment of an account's season, with its reason; it counts once
 * a second person approved it (four eyes).
 */
@Entity
@Table(name = "billing_adjustment")
public class Adjustment {

  /** Where a request stands. */
  public enum Status {
    /** Waiting for approval. */
    PENDING,
    /** Approved: on the statement. */
    APPROVED,
    /** Rejected. */
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "season_id", nullable = false)
  private long seasonId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ChargeItem kind;

  @Column(precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(precision = 5, scale = 2)
  private BigDecimal percent;

  @Column(nullable = false, length = 200)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private int version;

  protected Adjustment() {}

  /**
   * A request.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param facts kind and amount or percentage (checked)
   * @param reason why
   * @param requestedBy who asks
   */
  public Adjustment(long seasonId, long accountId, AdjustmentFacts facts, String reason, String requestedBy) {
    this.seasonId = seasonId;
    this.accountId = accountId;
    this.kind = facts.kind();
    this.amount = facts.amount();
    this.percent = facts.percent();
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.requestedAt = Instant.now();
    this.status = Status.PENDING;
  }

  /**
   * Decides the request; the requester cannot approve their own.
   *
   * @param approve approve or reject
   * @param by who decides
   */
  public void decide(boolean approve, String by) {
    if (status != Status.PENDING) {
      throw new IllegalStateException("already decided");
    }
    if (approve && by.equals(requestedBy)) {
      throw new IllegalArgumentException("the requester cannot approve their own adjustment");
    }
    status = approve ? Status.APPROVED : Status.REJECTED;
    decidedBy = by;
    decidedAt = Instant.now();
  }

  /**
   * The rating input.
   *
   * @return the facts
   */
  public AdjustmentFacts facts() {
    return new AdjustmentFacts(id, kind, amount, percent);
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

  public ChargeItem getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public String getReason() {
    return reason;
  }

  public Status getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
