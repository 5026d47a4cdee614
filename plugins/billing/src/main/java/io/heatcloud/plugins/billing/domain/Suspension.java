package io.heatcloud.plugins.billing.domain;

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
import java.time.LocalDate;

/**
 * A room's heating stopped for a season at the customer's request (停供): applied for before the
 * season's deadline, approved or rejected, possibly resumed during the season.
 */
@Entity
@Table(name = "billing_suspension")
public class Suspension {

  /** Where an application stands. */
  public enum Status {
    /** Applied for, waiting for a decision. */
    APPLIED,
    /** Approved: no heat charge for the season (a heat-loss fee where the company charges one). */
    APPROVED,
    /** Rejected. */
    REJECTED,
    /** Approved, then heating resumed on {@code resumedOn}. */
    RESUMED,
    /** Withdrawn by the customer before a decision. */
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "season_id", nullable = false)
  private long seasonId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "room_id", nullable = false)
  private long roomId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "applied_on", nullable = false)
  private LocalDate appliedOn;

  @Column(length = 200)
  private String reason;

  @Column(name = "resumed_on")
  private LocalDate resumedOn;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private int version;

  protected Suspension() {}

  /**
   * An application.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param roomId the room
   * @param appliedOn the day of the application
   * @param reason the customer's reason
   * @param requestedBy the operator who took it
   */
  public Suspension(long seasonId, long accountId, long roomId, LocalDate appliedOn, String reason, String requestedBy) {
    this.seasonId = seasonId;
    this.accountId = accountId;
    this.roomId = roomId;
    this.appliedOn = appliedOn;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.status = Status.APPLIED;
  }

  /**
   * Decides the application.
   *
   * @param approve approve or reject
   * @param by who decides
   */
  public void decide(boolean approve, String by) {
    if (status != Status.APPLIED) {
      throw new IllegalStateException("already decided");
    }
    status = approve ? Status.APPROVED : Status.REJECTED;
    decidedBy = by;
    decidedAt = Instant.now();
  }

  /**
   * Heating resumes.
   *
   * @param on the first heated day
   */
  public void resume(LocalDate on) {
    if (status != Status.APPROVED) {
      throw new IllegalStateException("only an approved suspension can be resumed");
    }
    status = Status.RESUMED;
    resumedOn = on;
  }

  /** Withdraws an application that was not decided yet. */
  public void cancel() {
    if (status != Status.APPLIED) {
      throw new IllegalStateException("only an open application can be withdrawn");
    }
    status = Status.CANCELLED;
  }

  /**
   * Whether it stops heating for billing.
   *
   * @return true when approved or resumed
   */
  public boolean isEffective() {
    return status == Status.APPROVED || status == Status.RESUMED;
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

  public Status getStatus() {
    return status;
  }

  public LocalDate getAppliedOn() {
    return appliedOn;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getResumedOn() {
    return resumedOn;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
