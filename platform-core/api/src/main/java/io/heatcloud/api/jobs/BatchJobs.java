package io.heatcloud.api.jobs;

import java.util.Map;

/**
 * Starts and controls the batch jobs of the context's company ({@code
 * context.service(BatchJobs.class)}). A job runs an {@link AccountBatchWork} of the calling plugin;
 * jobs of other companies or plugins are not found. A job keeps its id across restarts.
 */
public interface BatchJobs {

  /**
   * Starts a job over the company's active accounts.
   *
   * @param workId the {@link AccountBatchWork#id()} of the calling plugin
   * @param chunkSize accounts per chunk (and per transaction), 50 to 10 000
   * @param parameters the job's parameters (texts)
   * @return the job id
   * @throws IllegalArgumentException when the plugin has no such work
   */
  long start(String workId, int chunkSize, Map<String, String> parameters);

  /**
   * Asks a running job to stop after its current chunk.
   *
   * @param jobId the job
   * @throws io.heatcloud.api.errors.NotFoundException when the company has no such job of the plugin
   * @throws io.heatcloud.api.errors.ConflictException when the job is not running
   */
  void stop(long jobId);

  /**
   * Restarts a stopped, failed or interrupted job from its last committed chunk.
   *
   * @param jobId the job
   * @throws io.heatcloud.api.errors.NotFoundException when the company has no such job of the plugin
   * @throws io.heatcloud.api.errors.ConflictException when the job is not restartable
   */
  void restart(long jobId);

  /**
   * Gives up a stopped, failed or interrupted job for good: it can no longer be restarted.
   *
   * @param jobId the job
   * @throws io.heatcloud.api.errors.NotFoundException when the company has no such job of the plugin
   * @throws io.heatcloud.api.errors.ConflictException when the job is running or already ended
   */
  void abandon(long jobId);

  /**
   * The state of a job.
   *
   * @param jobId the job
   * @return its state
   * @throws io.heatcloud.api.errors.NotFoundException when the company has no such job of the plugin
   */
  BatchJobStatus status(long jobId);
}
