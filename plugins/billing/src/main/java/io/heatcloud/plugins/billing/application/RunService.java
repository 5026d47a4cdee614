package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.jobs.BatchJobStatus;
import io.heatcloud.api.jobs.BatchJobs;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.domain.BillingRun;
import io.heatcloud.plugins.billing.domain.Season;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Billing runs: a run bills every active account of the company for a season, as a platform batch
 * job ({@link io.heatcloud.api.jobs.AccountBatchWork} {@value #WORK_ID}), one chunk of accounts per
 * transaction. A season has at most one open run: a stopped, failed or interrupted run must be
 * restarted (it continues after its last committed chunk) or abandoned before another starts.
 */
public class RunService {

  /** The batch work of billing runs. */
  public static final String WORK_ID = "billing-run";

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final ModuleContext context;

  /**
   * Creates the service.
   *
   * @param context the company's context
   */
  public RunService(ModuleContext context) {
    this.context = context;
  }

  /**
   * The latest runs, newest first.
   *
   * @param seasonId a season, or null for all
   * @return up to 50 runs
   */
  public List<RunView> runs(Long seasonId) {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> {
      List<BillingRun> runs = em.createQuery("SELECT r FROM BillingRun r WHERE (:season IS NULL OR r.seasonId = :season) "
              + "ORDER BY r.id DESC", BillingRun.class)
          .setParameter("season", seasonId).setMaxResults(50).getResultList();
      Map<Long, String> codes = new HashMap<>();
      return runs.stream().map(r -> view(r, codes.computeIfAbsent(r.getSeasonId(),
          id -> em.find(Season.class, id).getCode()))).toList();
    });
  }

  /**
   * A run.
   *
   * @param runId the run
   * @return it
   */
  public RunView run(long runId) {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> {
      BillingRun run = find(em, runId);
      return view(run, em.find(Season.class, run.getSeasonId()).getCode());
    });
  }

  /**
   * Starts a run.
   *
   * @param seasonId the season
   * @param asOf the day whose prices apply, today when null
   * @return the run
   * @throws ConflictException when the season has an open run
   */
  public RunView start(long seasonId, LocalDate asOf) {
    context.requirePermission(BillingModule.MANAGE);
    LocalDate day = asOf == null ? LocalDate.now(ZONE) : asOf;
    BillingRun run = context.inTransaction(em -> {
      Season season = em.find(Season.class, seasonId, LockModeType.PESSIMISTIC_WRITE);
      if (season == null) {
        throw new NotFoundException("采暖季不存在 / no such season: " + seasonId);
      }
      for (BillingRun other : em.createQuery("SELECT r FROM BillingRun r WHERE r.seasonId = :season AND "
              + "(r.endedStatus IS NULL OR r.endedStatus NOT IN ('COMPLETED','ABANDONED'))", BillingRun.class)
          .setParameter("season", seasonId).getResultList()) {
        RunView view = view(other, season.getCode());
        boolean stale = other.getJobId() == null && other.getStartedAt().isBefore(Instant.now().minus(Duration.ofMinutes(2)));
        if (view.isOpen() && !stale) {
          throw new ConflictException("采暖季 " + season.getCode() + " 有未完成的计费批次 #" + other.getId()
              + "，请先重启或放弃 / season " + season.getCode() + " has an open billing run #" + other.getId()
              + " (" + view.status() + "): restart or abandon it first");
        }
      }
      BillingRun created = new BillingRun(seasonId, day, Users.name(context));
      em.persist(created);
      return created;
    });
    long jobId;
    try {
      jobId = context.service(BatchJobs.class).start(WORK_ID, BillingSettings.chunkSize(context.settings()),
          Map.of("runId", run.getId().toString(), "seasonId", Long.toString(seasonId), "asOf", day.toString()));
    } catch (RuntimeException e) {
      context.transaction(em -> find(em, run.getId()).ended("FAILED"));
      throw e;
    }
    context.transaction(em -> find(em, run.getId()).attach(jobId));
    context.audit().record("billing.run.start", "run:" + run.getId(), "season " + seasonId + ", prices of " + day);
    return run(run.getId());
  }

  /**
   * Asks a run to stop after its current chunk.
   *
   * @param runId the run
   * @return it
   */
  public RunView stop(long runId) {
    context.requirePermission(BillingModule.MANAGE);
    context.service(BatchJobs.class).stop(jobOf(runId));
    context.audit().record("billing.run.stop", "run:" + runId, null);
    return run(runId);
  }

  /**
   * Restarts a stopped, failed or interrupted run after its last committed chunk.
   *
   * @param runId the run
   * @return it
   */
  public RunView restart(long runId) {
    context.requirePermission(BillingModule.MANAGE);
    context.service(BatchJobs.class).restart(jobOf(runId));
    context.transaction(em -> find(em, runId).ended(null));
    context.audit().record("billing.run.restart", "run:" + runId, null);
    return run(runId);
  }

  /**
   * Gives up a stopped, failed or interrupted run; what it billed stays, a new run bills the rest.
   *
   * @param runId the run
   * @return it
   */
  public RunView abandon(long runId) {
    context.requirePermission(BillingModule.MANAGE);
    context.service(BatchJobs.class).abandon(jobOf(runId));
    context.transaction(em -> find(em, runId).ended("ABANDONED"));
    context.audit().record("billing.run.abandon", "run:" + runId, null);
    return run(runId);
  }

  /**
   * The accounts a run could not (fully) bill.
   *
   * @param runId the run
   * @return account id and reason, up to 500
   */
  public List<Object[]> problems(long runId) {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> {
      find(em, runId);
      List<?> rows = em.createNativeQuery("SELECT account_id, message FROM billing_run_problem WHERE run_id = ?1 "
          + "ORDER BY account_id").setParameter(1, runId).setMaxResults(500).getResultList();
      return rows.stream().map(r -> (Object[]) r).toList();
    });
  }

  /**
   * Bills a chunk of a run (called by the platform in the chunk's transaction).
   *
   * @param parameters the run's parameters
   * @param accountIds the chunk
   */
  void processChunk(Map<String, String> parameters, List<Long> accountIds) {
    long runId = Long.parseLong(parameters.get("runId"));
    long seasonId = Long.parseLong(parameters.get("seasonId"));
    LocalDate asOf = LocalDate.parse(parameters.get("asOf"));
    context.transaction(em -> {
      Season season = em.find(Season.class, seasonId);
      if (season == null) {
        throw new IllegalStateException("season " + seasonId + " is gone");
      }
      new Biller(context).bill(em, season, asOf, accountIds, "R" + runId, runId, false);
    });
  }

  /**
   * Records how a run's execution ended.
   *
   * @param parameters the run's parameters
   * @param status the job's status
   */
  void ended(Map<String, String> parameters, String status) {
    long runId = Long.parseLong(parameters.get("runId"));
    BillingRun run = context.inTransaction(em -> {
      BillingRun found = find(em, runId);
      found.ended(status);
      return found;
    });
    context.audit().record("billing.run.ended", "run:" + runId, status + ": " + run.getLinesCreated() + " lines, "
        + run.getAmountCreated() + " yuan, " + run.getProblems() + " problems");
    if (run.getLinesCreated() > 0) {
      // a run writes up to a million lines at once: the planner learns of them now, not when
      // autovacuum comes round (what an account owes is read by every payment)
      context.transaction(em -> context.jdbc(em, connection -> {
        try (java.sql.Statement analyze = connection.createStatement()) {
          analyze.execute("ANALYZE billing_line, billing_season");
        }
        return null;
      }));
    }
  }

  private long jobOf(long runId) {
    Long jobId = context.inTransaction(em -> find(em, runId).getJobId());
    if (jobId == null) {
      throw new ConflictException("计费批次尚未启动 / the run has not started yet");
    }
    return jobId;
  }

  private RunView view(BillingRun run, String seasonCode) {
    BatchJobStatus job = run.getJobId() == null ? null : context.service(BatchJobs.class).status(run.getJobId());
    return RunView.of(run, seasonCode, job);
  }

  private static BillingRun find(EntityManager em, long runId) {
    BillingRun run = em.find(BillingRun.class, runId);
    if (run == null) {
      throw new NotFoundException("计费批次不存在 / no such billing run: " + runId);
    }
    return run;
  }
}
