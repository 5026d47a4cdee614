package io.heatcloud.plugins.billing.domain;

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
 * A billing run of a season: the platform batch job that does it, the day whose prices it uses,
 * and what it wrote (counted in each chunk's transaction, so exact across stops and crashes).
 */
@Entity
@Table(name = "billing_run")
public class BillingRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "season_id", nullable = false)
  private long seasonId;

  @Column(name = "job_id")
  private Long jobId;

  @Column(name = "as_of", nullable = false)
  private LocalDate asOf;

  @Column(name = "started_by", nullable = false, length = 64)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_status", length = 12)
  private String endedStatus;

  @Column(name = "lines_created", nullable = false)
  private long linesCreated;

  @Column(name = "amount_created", nullable = false, precision = 16, scale = 2)
  private BigDecimal amountCreated = BigDecimal.ZERO;

  @Column(nullable = false)
  private int problems;

  protected BillingRun() {}

  /**
   * A new run.
   *
   * @param seasonId the season
   * @param asOf the day whose prices apply
   * @param startedBy who
   */
  public BillingRun(long seasonId, LocalDate asOf, String startedBy) {
    this.seasonId = seasonId;
    this.asOf = asOf;
    this.startedBy = startedBy;
    this.startedAt = Instant.now();
  }

  /**
   * Links the run to its job.
   *
   * @param jobId the platform's batch job
   */
  public void attach(long jobId) {
    this.jobId = jobId;
  }

  /**
   * Records how the latest execution ended.
   *
   * @param status the job status
   */
  public void ended(String status) {
    this.endedStatus = status;
    this.endedAt = status == null ? null : Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getSeasonId() {
    return seasonId;
  }

  public Long getJobId() {
    return jobId;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndedStatus() {
    return endedStatus;
  }

  public long getLinesCreated() {
    return linesCreated;
  }

  public BigDecimal getAmountCreated() {
    return amountCreated;
  }

  public int getProblems() {
    return problems;
  }
}
