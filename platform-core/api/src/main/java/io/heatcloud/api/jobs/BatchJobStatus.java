package io.heatcloud.api.jobs;

import java.io.Serializable;
import java.time.Instant;

/**
 * The state of a batch job, with its progress over all its executions.
 *
 * @param jobId the job
 * @param status STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED, or INTERRUPTED
 *     (the server stopped or died while the job ran; restart it)
 * @param accountsTotal the active accounts when the job started
 * @param accountsDone the accounts processed and committed so far
 * @param startedAt when the job first started
 * @param endedAt when its latest execution ended, null while it runs
 * @param message why it failed, if it did
 */
public record BatchJobStatus(
    long jobId,
    String status,
    long accountsTotal,
    long accountsDone,
    Instant startedAt,
    Instant endedAt,
    String message)
    implements Serializable {

  /**
   * Whether the job is running or about to.
   *
   * @return true while STARTING, STARTED or STOPPING
   */
  public boolean running() {
    return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
  }

  /**
   * Whether the job can be restarted from its last checkpoint.
   *
   * @return true when STOPPED, FAILED or INTERRUPTED
   */
  public boolean restartable() {
    return "STOPPED".equals(status) || "FAILED".equals(status) || "INTERRUPTED".equals(status);
  }

  /**
   * The share done, 0 to 100.
   *
   * @return the percentage, rounded down
   */
  public int percent() {
    return accountsTotal == 0 ? ("COMPLETED".equals(status) ? 100 : 0)
        : (int) Math.min(100, accountsDone * 100 / accountsTotal);
  }
}
