package io.heatcloud.core.jobs.batch;

import io.heatcloud.core.security.Caller;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records each execution's start and end in the platform's job record, keeps the failure of a
 * step as the job's message, and tells the plugin how its job ended.
 */
@Named("accountWorkListener")
@Dependent
public class AccountWorkListener implements JobListener, StepListener {

  @Inject BatchJobService jobs;
  @Inject JobContext jobContext;
  @Inject StepContext stepContext;

  @Override
  public void beforeJob() {
    Caller.as(Caller.SYSTEM, () -> {
      jobs.executionStarted(JobParameters.jobId(jobContext), jobs.company(JobParameters.tenant(jobContext)),
          jobContext.getExecutionId());
      return null;
    });
  }

  @Override
  public void afterJob() {
    Caller.as(Caller.SYSTEM, () -> {
      jobs.executionEnded(JobParameters.jobId(jobContext), jobs.company(JobParameters.tenant(jobContext)),
          jobContext.getBatchStatus());
      return null;
    });
  }

  @Override
  public void beforeStep() {}

  @Override
  public void afterStep() {
    Exception failure = stepContext.getException();
    if (failure == null) {
      return;
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + ": " + root.getMessage();
    String message = text.length() > 2000 ? text.substring(0, 2000) : text;
    Caller.as(Caller.SYSTEM, () -> {
      jobs.executionFailed(JobParameters.jobId(jobContext), jobs.company(JobParameters.tenant(jobContext)), message);
      return null;
    });
  }
}
