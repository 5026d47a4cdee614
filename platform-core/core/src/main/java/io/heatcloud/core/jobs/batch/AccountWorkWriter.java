package io.heatcloud.core.jobs.batch;

import io.heatcloud.core.security.Caller;
import io.heatcloud.core.tenancy.NodeView;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Hands each chunk of account ids to the plugin's work, in the chunk's transaction. */
@Named("accountWorkWriter")
@Dependent
public class AccountWorkWriter extends AbstractItemWriter {

  @Inject BatchJobService jobs;
  @Inject JobContext jobContext;

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
    Caller.as(Caller.SYSTEM, () -> {
      jobs.processChunk(JobParameters.jobId(jobContext), company, ids);
      return null;
    });
  }
}
