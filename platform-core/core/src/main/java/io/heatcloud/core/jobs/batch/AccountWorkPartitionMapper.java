package io.heatcloud.core.jobs.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits a job's accounts into id ranges run in parallel, one thread each. The ranges are fixed at
 * the first execution and kept in {@code batch_job_partition}, so a restart runs the same ranges,
 * each from its own last committed chunk.
 */
@Named("accountWorkPartitionMapper")
@Dependent
public class AccountWorkPartitionMapper implements PartitionMapper {

  @Inject BatchJobService jobs;
  @Inject JobContext jobContext;

  @Override
  public PartitionPlan mapPartitions() {
    int count = jobs.partitions(JobParameters.jobId(jobContext), jobs.company(JobParameters.tenant(jobContext))).size();
    Properties[] properties = new Properties[count];
    for (int i = 0; i < count; i++) {
      properties[i] = new Properties();
      properties[i].setProperty("partition", Integer.toString(i));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(count);
    plan.setThreads(count);
    plan.setPartitionProperties(properties);
    return plan;
  }
}
