package io.heatcloud.api.jobs;

import java.io.Serializable;
import java.time.Instant;

/**
 * The state of a batch job execution.
 *
 * @param executionId the execution
 * @param status STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED
 * @param exitStatus the exit status
 * @param startedAt when it started, may be null
 * @param endedAt when it ended, null while it runs
 */
public record BatchJobStatus(long executionId, String status, String exitStatus, Instant startedAt, Instant endedAt)
    implements Serializable {

  /**
   * Whether the execution is over.
   *
   * @return true once COMPLETED, STOPPED, FAILED or ABANDONED
   */
  public boolean ended() {
    return "COMPLETED".equals(status) || "STOPPED".equals(status) || "FAILED".equals(status)
        || "ABANDONED".equals(status);
  }
}
