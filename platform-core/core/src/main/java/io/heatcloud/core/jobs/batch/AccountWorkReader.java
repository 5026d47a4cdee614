package io.heatcloud.core.jobs.batch;

import io.heatcloud.core.customers.application.AccountService;
import io.heatcloud.core.tenancy.NodeView;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Reads the active account ids of one partition (an id range) in id order, a chunk at a time,
 * starting after the last account the platform recorded as committed for that partition (not
 * after the job repository's checkpoint, which may be ahead of or behind the data after a crash).
 */
@Named("accountWorkReader")
@Dependent
public class AccountWorkReader extends AbstractItemReader {

  @Inject BatchJobService jobs;
  @Inject AccountService accounts;
  @Inject JobContext jobContext;

  @Inject
  @BatchProperty(name = "partition")
  String partition;

  private NodeView company;
  private final ArrayDeque<Long> buffer = new ArrayDeque<>();
  private long last;
  private long upTo;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    company = jobs.company(JobParameters.tenant(jobContext));
    long[] range = jobs.partitions(JobParameters.jobId(jobContext), company).get(Integer.parseInt(partition));
    last = Math.max(range[0], range[2]);
    upTo = range[1];
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty() && !exhausted) {
      List<Long> ids = accounts.directory(company.tenant()).activeAccountIds(last, JobParameters.chunkSize(jobContext));
      for (Long id : ids) {
        if (id > upTo) {
          exhausted = true;
          break;
        }
        buffer.add(id);
      }
      exhausted |= ids.isEmpty();
    }
    Long next = buffer.poll();
    if (next != null) {
      last = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
