package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.jobs.BatchJobStatus;
import io.heatcloud.plugins.billing.domain.BillingRun;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A billing run as shown: what it bills, how far it got and what it wrote.
 *
 * @param id the run
 * @param seasonId the season
 * @param seasonCode the season's code
 * @param asOf the day whose prices apply
 * @param status STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED or INTERRUPTED
 * @param accountsTotal active accounts when it started
 * @param accountsDone accounts billed so far
 * @param percent the share done
 * @param linesCreated receivable lines written
 * @param amountCreated their sum in yuan
 * @param problems accounts that could not be (fully) billed
 * @param startedBy who started it
 * @param startedAt when
 * @param endedAt when its latest execution ended
 * @param message why it failed
 */
public record RunView(long id, long seasonId, String seasonCode, LocalDate asOf, String status, long accountsTotal,
    long accountsDone, int percent, long linesCreated, BigDecimal amountCreated, int problems, String startedBy,
    Instant startedAt, Instant endedAt, String message) {

  static RunView of(BillingRun run, String seasonCode, BatchJobStatus job) {
    return new RunView(run.getId(), run.getSeasonId(), seasonCode, run.getAsOf(),
        job == null ? (run.getEndedStatus() == null ? "STARTING" : run.getEndedStatus()) : job.status(),
        job == null ? 0 : job.accountsTotal(), job == null ? 0 : job.accountsDone(), job == null ? 0 : job.percent(),
        run.getLinesCreated(), run.getAmountCreated(), run.getProblems(), run.getStartedBy(), run.getStartedAt(),
        job == null ? run.getEndedAt() : job.endedAt(), job == null ? null : job.message());
  }

  /**
   * When it started, in the company's time zone (China Standard Time).
   *
   * @return the local time
   */
  @JsonbProperty("startedAtLocal")
  public java.time.LocalDateTime startedAtLocal() {
    return startedAt == null ? null : java.time.LocalDateTime.ofInstant(startedAt, RunService.ZONE);
  }

  /**
   * Whether it is running.
   *
   * @return true while starting, started or stopping
   */
  @JsonbProperty("running")
  public boolean isRunning() {
    return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
  }

  /**
   * Whether it can be restarted or abandoned.
   *
   * @return true when stopped, failed or interrupted
   */
  @JsonbProperty("restartable")
  public boolean isRestartable() {
    return "STOPPED".equals(status) || "FAILED".equals(status) || "INTERRUPTED".equals(status);
  }

  /**
   * Whether it still blocks a new run of its season.
   *
   * @return true unless completed or abandoned
   */
  @JsonbProperty("open")
  public boolean isOpen() {
    return !"COMPLETED".equals(status) && !"ABANDONED".equals(status);
  }
}
