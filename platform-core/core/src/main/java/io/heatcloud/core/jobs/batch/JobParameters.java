package io.heatcloud.core.jobs.batch;

import jakarta.batch.runtime.context.JobContext;

/** The job-level properties of {@value BatchJobService#JOB_NAME}, set from its parameters. */
final class JobParameters {

  private JobParameters() {}

  static long jobId(JobContext context) {
    return Long.parseLong(context.getProperties().getProperty(BatchJobService.P_JOB));
  }

  static String tenant(JobContext context) {
    return context.getProperties().getProperty(BatchJobService.P_TENANT);
  }

  static int chunkSize(JobContext context) {
    return Integer.parseInt(context.getProperties().getProperty(BatchJobService.P_CHUNK));
  }
}
