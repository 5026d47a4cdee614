package io.heatcloud.core.jobs.batch;

import io.heatcloud.api.jobs.BatchJobStatus;
import java.time.Instant;
import java.util.Map;

/**
 * A row of {@code batch_job}: one job of a plugin in a company, across its executions.
 *
 * @param id the job id
 * @param pluginId the plugin
 * @param workId the work
 * @param parameters the plugin's parameters
 * @param chunkSize accounts per chunk
 * @param executionId the latest JBeret execution
 * @param status the status
 * @param accountsTotal active accounts at the start
 * @param accountsDone accounts committed, over all partitions
 * @param partitions how many id ranges run in parallel
 * @param message the failure, if any
 * @param startedAt the first start
 * @param endedAt the latest end
 */
public record BatchJobRow(
    long id,
    String pluginId,
    String workId,
    Map<String, String> parameters,
    int chunkSize,
    Long executionId,
    String status,
    long accountsTotal,
    long accountsDone,
    int partitions,
    String message,
    Instant startedAt,
    Instant endedAt) {

  /**
   * The status as the API shows it.
   *
   * @return the status
   */
  public BatchJobStatus toStatus() {
    return new BatchJobStatus(
        id, status, accountsTotal, accountsDone, startedAt, endedAt, message);
  }
}
