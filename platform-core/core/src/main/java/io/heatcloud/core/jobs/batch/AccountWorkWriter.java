package io.heatcloud.core.jobs.batch;

import io.heatcloud.core.security.Caller;
import io.heatcloud.core.tenancy.NodeView;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Hands each chunk of a partition's account ids to the plugin's work, in the chunk's transaction. */
@Named("accountWorkWriter")
@Dependent
public class AccountWorkWriter extends AbstractItemWriter {

  @Inject BatchJobService jobs;
  @Inject JobContext jobContext;

  @Inject
  @BatchProperty(name = "partition")
  String partition;

  private NodeView company;

  @Override
  public void open(Serializable checkpoint) {
    company = jobs.company(JobParameters.tenant(jobContext));
  }

  @Override
  public void writeItems(List<Object> items) {
    List<Long> ids = new ArrayList<>(items.size());
    for (Object item : items) {
      ids.add((Long) item);
    }
    long jobId = JobParameters.jobId(jobContext);
    try {
      Caller.as(Caller.SYSTEM, () -> {
        jobs.processChunk(jobId, Integer.parseInt(partition), company, ids);
        return null;
      });
    } catch (RuntimeException e) {
      jobs.chunkFailed(jobId, company, e);
      throw e;
    }
  }
}
