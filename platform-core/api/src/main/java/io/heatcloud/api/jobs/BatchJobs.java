package io.heatcloud.api.jobs;

import java.util.Map;

/**
 * Starts and controls the batch jobs of the context's company ({@code
 * context.service(BatchJobs.class)}). A job runs an {@link AccountBatchWork} of the calling plugin;
 * executions of other companies or plugins are not found.
 */
public interface BatchJobs {

  /**
   * Starts a job over the company's active accounts.
   *
   * @param workId the {@link AccountBatchWork#id()} of the calling plugin
   * @param parameters the job's parameters (texts)
   * @return the execution id
   */
  long start(String workId, Map<String, String> parameters);

  /**
   * Asks a running job to stop after its current chunk.
   *
   * @param executionId the execution
   */
  void stop(long executionId);

  /**
   * Restarts a stopped or failed job (or one whose server died) from its last checkpoint.
   *
   * @param executionId the latest execution of the job
   * @return the new execution id
   */
  long restart(long executionId);

  /**
   * The state of an execution.
   *
   * @param executionId the execution
   * @return its state
   */
  BatchJobStatus status(long executionId);
}
