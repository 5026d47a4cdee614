package io.heatcloud.core.jobs.batch;

import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.jobs.AccountBatchWork;
import io.heatcloud.api.jobs.BatchJobStatus;
import io.heatcloud.api.jobs.BatchJobs;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.customers.application.AccountService;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleCalls;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.application.TenantTransactions;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/**
 * Starts, stops, restarts and abandons plugins' batch work over a company's accounts, and runs its
 * chunks. A job is the Jakarta Batch job {@value #JOB_NAME}; the platform keeps its own record of
 * each job in the company schema ({@link BatchJobStore}), whose progress is written in each chunk's
 * transaction, so that a restart resumes exactly after the last committed chunk whatever the job
 * repository recorded. A job running when the server stopped or died is marked INTERRUPTED at the
 * next boot and can be restarted.
 */
@ApplicationScoped
public class BatchJobService {

  /** The job XML ({@code META-INF/batch-jobs/heatcloud-account-work.xml}). */
  public static final String JOB_NAME = "heatcloud-account-work";

  static final String P_JOB = "batchJobId";
  static final String P_TENANT = "tenant";
  static final String P_CHUNK = "chunkSize";

  private static final Logger LOG = Logger.getLogger(BatchJobService.class);
  private static final int MIN_CHUNK = 50;
  private static final int MAX_CHUNK = 20_000;
  private static final int MAX_PARTITIONS = 4;

  @Inject TenantTransactions tx;
  @Inject BatchJobStore store;
  @Inject AccountService accounts;
  @Inject ModuleRegistry registry;
  @Inject ModuleContexts contexts;
  @Inject OrgDirectory directory;
  @Inject AuditLog audit;

  /**
   * The {@link BatchJobs} service for a plugin in a company.
   *
   * @param module the calling plugin
   * @param company the company
   * @return the service
   */
  public BatchJobs forModule(LoadedModule module, NodeView company) {
    return new BatchJobs() {
      @Override
      public long start(String workId, int chunkSize, Map<String, String> parameters) {
        return BatchJobService.this.start(module, company, workId, chunkSize, parameters);
      }

      @Override
      public void stop(long jobId) {
        BatchJobService.this.stop(module, company, jobId);
      }

      @Override
      public void restart(long jobId) {
        BatchJobService.this.restart(module, company, jobId);
      }

      @Override
      public void abandon(long jobId) {
        BatchJobService.this.abandon(module, company, jobId);
      }

      @Override
      public BatchJobStatus status(long jobId) {
        return owned(module, company, jobId).toStatus();
      }
    };
  }

  long start(LoadedModule module, NodeView company, String workId, int chunkSize, Map<String, String> parameters) {
    if (chunkSize < MIN_CHUNK || chunkSize > MAX_CHUNK) {
      throw new InvalidRequestException(
          "每批账户数须在 " + MIN_CHUNK + " 到 " + MAX_CHUNK + " 之间 / chunk size must be " + MIN_CHUNK + " to " + MAX_CHUNK);
    }
    work(module, workId);
    long total = accounts.directory(company.tenant()).countActive();
    int partitions = partitionsFor(total, chunkSize);
    String user = Caller.currentUser().map(AuthenticatedUser::getName).orElse("system");
    long id = tx.callNew(company.tenant(),
        () -> store.insert(module.id(), workId, Map.copyOf(parameters), chunkSize, partitions, total, user));
    try {
      long execution = withOperator(op -> op.start(JOB_NAME, jobProperties(id, company, chunkSize)));
      LOG.infof("batch job %d (%s/%s) started for %s over %d accounts, execution %d", id, module.id(), workId,
          company.code(), total, execution);
    } catch (RuntimeException e) {
      tx.callNew(company.tenant(), () -> {
        store.status(id, "FAILED", true, "cannot start: " + e.getMessage());
        return null;
      });
      throw e;
    }
    audit.record("batch.start", company.code(), target(module, workId, id), AuditLog.SUCCESS,
        BatchJobStore.toJson(parameters));
    return id;
  }

  void stop(LoadedModule module, NodeView company, long jobId) {
    BatchJobRow row = tx.callNew(company.tenant(), () -> {
      BatchJobRow locked = lockOwned(module, company, jobId);
      if (!locked.toStatus().running() || locked.executionId() == null) {
        throw new ConflictException("作业未在运行 / the job is not running (" + locked.status() + ")");
      }
      store.status(jobId, "STOPPING", false, null);
      return locked;
    });
    try {
      withOperator(op -> {
        op.stop(row.executionId());
        return null;
      });
    } catch (RuntimeException e) {
      LOG.infof("stop of job %d: %s", jobId, e.toString());
    }
    audit.record("batch.stop", company.code(), target(module, row.workId(), jobId), AuditLog.SUCCESS, null);
  }

  void restart(LoadedModule module, NodeView company, long jobId) {
    BatchJobRow row = tx.callNew(company.tenant(), () -> {
      BatchJobRow locked = lockOwned(module, company, jobId);
      if (!locked.toStatus().restartable() || locked.executionId() == null) {
        throw new ConflictException("作业无法重启 / the job cannot be restarted (" + locked.status() + ")");
      }
      store.status(jobId, "STARTING", false, null);
      return locked;
    });
    work(module, row.workId());
    try {
      Properties properties = jobProperties(jobId, company, row.chunkSize());
      properties.setProperty("jberet.restart.mode", "detect");
      long execution = withOperator(op -> op.restart(row.executionId(), properties));
      LOG.infof("batch job %d restarted after %d of %d accounts, execution %d", jobId, row.accountsDone(),
          row.accountsTotal(), execution);
    } catch (RuntimeException e) {
      tx.callNew(company.tenant(), () -> {
        store.status(jobId, row.status(), true, "restart refused: " + e.getMessage());
        return null;
      });
      throw new ConflictException("作业无法重启 / the job cannot be restarted: " + e.getMessage());
    }
    audit.record("batch.restart", company.code(), target(module, row.workId(), jobId), AuditLog.SUCCESS,
        "after " + row.accountsDone() + " of " + row.accountsTotal() + " accounts");
  }

  void abandon(LoadedModule module, NodeView company, long jobId) {
    BatchJobRow row = tx.callNew(company.tenant(), () -> {
      BatchJobRow locked = lockOwned(module, company, jobId);
      if (!locked.toStatus().restartable()) {
        throw new ConflictException("只能放弃已停止、失败或中断的作业 / only a stopped, failed or interrupted job can be "
            + "abandoned (" + locked.status() + ")");
      }
      store.status(jobId, "ABANDONED", true, null);
      return locked;
    });
    if (row.executionId() != null && !"INTERRUPTED".equals(row.status())) {
      try {
        withOperator(op -> {
          op.abandon(row.executionId());
          return null;
        });
      } catch (RuntimeException e) {
        LOG.infof("abandon of job %d in the job repository: %s", jobId, e.toString());
      }
    }
    audit.record("batch.abandon", company.code(), target(module, row.workId(), jobId), AuditLog.SUCCESS, null);
  }

  /**
   * Marks a company's jobs that were running when the server went down (called at boot).
   *
   * @param company the company
   * @return how many were marked
   */
  public int markInterrupted(NodeView company) {
    int marked = tx.callNew(company.tenant(), store::markInterrupted);
    if (marked > 0) {
      LOG.warnf("%d batch job(s) of %s were interrupted by a server stop and can be restarted", marked, company.code());
    }
    return marked;
  }

  /**
   * How many id ranges of a company's accounts a job runs in parallel: one per processor (at most
   * {@value #MAX_PARTITIONS}, or {@code heatcloud.batch.partitions}), when there are at least two
   * chunks' worth of accounts per range; otherwise one.
   *
   * @param accounts the active accounts
   * @param chunkSize accounts per chunk
   * @return the partitions
   */
  static int partitionsFor(long accounts, int chunkSize) {
    int wanted = Integer.getInteger("heatcloud.batch.partitions",
        Math.min(MAX_PARTITIONS, Runtime.getRuntime().availableProcessors()));
    int possible = (int) Math.min(wanted, accounts / (2L * chunkSize));
    return Math.max(1, possible);
  }

  /**
   * The id ranges of a job (created on its first execution), for the partition mapper.
   *
   * @param jobId the job
   * @param company the company
   * @return each range's after, up-to and last committed account ids
   */
  List<long[]> partitions(long jobId, NodeView company) {
    return tx.call(company.tenant(), () -> {
      BatchJobRow row = store.find(jobId).orElseThrow(() -> new IllegalStateException("no batch job " + jobId));
      return store.partitions(jobId, row.partitions());
    });
  }

  /**
   * Records a failure of a partition's chunk as the job's message, in a transaction of its own (the
   * chunk's rolls back).
   *
   * @param jobId the job
   * @param company the company
   * @param failure what went wrong
   */
  void chunkFailed(long jobId, NodeView company, Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + ": " + root.getMessage();
    String message = text.length() > 2000 ? text.substring(0, 2000) : text;
    LOG.errorf(failure, "batch job %d of %s: a chunk failed", jobId, company.code());
    try {
      tx.callNew(company.tenant(), () -> {
        store.message(jobId, message);
        return null;
      });
    } catch (RuntimeException e) {
      LOG.warnf("could not record the failure of batch job %d: %s", jobId, e);
    }
  }

  /**
   * Runs one chunk of a partition: hands the accounts to the plugin's work and records the
   * partition's progress, both in the chunk's transaction.
   *
   * @param jobId the job
   * @param partition the partition
   * @param company the company
   * @param accountIds the chunk, ascending
   */
  void processChunk(long jobId, int partition, NodeView company, List<Long> accountIds) {
    tx.call(company.tenant(), () -> {
      BatchJobRow row = store.find(jobId).orElseThrow(() -> new IllegalStateException("no batch job " + jobId));
      LoadedModule module = registry.usableModule(row.pluginId(), company.code())
          .orElseThrow(() -> new IllegalStateException(
              "plugin " + row.pluginId() + " is not available for " + company.code()));
      AccountBatchWork work = work(module, row.workId());
      var context = contexts.create(module, company, null, null);
      ModuleCalls.run(module, "batch work " + row.workId(), () -> work.process(context, row.parameters(), accountIds));
      store.progress(jobId, partition, accountIds.size(), accountIds.get(accountIds.size() - 1));
      return null;
    });
  }

  void executionStarted(long jobId, NodeView company, long executionId) {
    tx.callNew(company.tenant(), () -> {
      store.executing(jobId, executionId);
      return null;
    });
  }

  void executionFailed(long jobId, NodeView company, String message) {
    tx.callNew(company.tenant(), () -> {
      store.status(jobId, "FAILED", true, message);
      return null;
    });
  }

  void executionEnded(long jobId, NodeView company, BatchStatus batchStatus) {
    BatchJobRow row = tx.callNew(company.tenant(), () -> {
      BatchJobRow current = store.lock(jobId).orElseThrow();
      String status = switch (batchStatus == null ? BatchStatus.STARTED : batchStatus) {
        case COMPLETED -> "COMPLETED";
        case STOPPED, STOPPING -> "STOPPED";
        case ABANDONED -> "ABANDONED";
        case FAILED -> "FAILED";
        // the runtime may not have settled the status when listeners run
        default -> "FAILED".equals(current.status()) || current.message() != null ? "FAILED"
            : "STOPPING".equals(current.status()) ? "STOPPED" : "COMPLETED";
      };
      store.status(jobId, status, true, null);
      return store.find(jobId).orElseThrow();
    });
    String status = row.status();
    LOG.infof("batch job %d (%s/%s) of %s ended %s after %d of %d accounts", jobId, row.pluginId(), row.workId(),
        company.code(), status, row.accountsDone(), row.accountsTotal());
    registry.usableModule(row.pluginId(), company.code()).ifPresent(module -> {
      try {
        AccountBatchWork work = work(module, row.workId());
        var context = contexts.create(module, company, null, null);
        ModuleCalls.run(module, "ended()", () -> work.ended(context, row.parameters(), status));
      } catch (RuntimeException e) {
        LOG.errorf(e, "plugin %s failed when told that batch job %d ended", row.pluginId(), jobId);
      }
    });
  }

  /**
   * The company named in a job's parameters.
   *
   * @param code the company code
   * @return the company
   */
  NodeView company(String code) {
    return directory.activeCompany(code)
        .orElseThrow(() -> new IllegalStateException("company " + code + " is not active"));
  }

  private BatchJobRow owned(LoadedModule module, NodeView company, long jobId) {
    return tx.call(company.tenant(), () -> store.find(jobId))
        .filter(r -> r.pluginId().equals(module.id()))
        .orElseThrow(() -> new NotFoundException("作业不存在 / no such job: " + jobId));
  }

  private BatchJobRow lockOwned(LoadedModule module, NodeView company, long jobId) {
    return store.lock(jobId).filter(r -> r.pluginId().equals(module.id()))
        .orElseThrow(() -> new NotFoundException("作业不存在 / no such job: " + jobId));
  }

  private static AccountBatchWork work(LoadedModule module, String workId) {
    return module.batchWorks().stream()
        .filter(w -> workId.equals(ModuleCalls.call(module, "id()", w::id)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("plugin " + module.id() + " has no batch work " + workId));
  }

  private static Properties jobProperties(long jobId, NodeView company, int chunkSize) {
    Properties properties = new Properties();
    properties.setProperty(P_JOB, Long.toString(jobId));
    properties.setProperty(P_TENANT, company.code());
    properties.setProperty(P_CHUNK, Integer.toString(chunkSize));
    return properties;
  }

  private static String target(LoadedModule module, String workId, long jobId) {
    return "batch:" + module.id() + "/" + workId + "/" + jobId;
  }

  /**
   * Calls the job operator with this deployment's class loader, which is how WildFly finds the job
   * XML and the batch artifacts (callers may be plugins, with theirs).
   */
  private static <T> T withOperator(OperatorCall<T> call) {
    Callable<T> work = () -> call.apply(BatchRuntime.getJobOperator());
    return ModuleCalls.withLoader(BatchJobService.class.getClassLoader(), "platform", "the job operator", work);
  }

  @FunctionalInterface
  private interface OperatorCall<T> {
    T apply(JobOperator operator) throws Exception;
  }
}
