package io.heatcloud.core.jobs;

import io.heatcloud.api.jobs.JobSchedule;
import io.heatcloud.api.jobs.ScheduledJob;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleCalls;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.plugins.PluginHost;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jboss.logging.Logger;

/**
 * Decides which plugin jobs are due and runs them, one company after another. Called once a minute
 * by the platform's timer. A job runs when its interval has passed since its last start in that
 * company, or, for daily jobs, once per calendar day after its time of day.
 */
@ApplicationScoped
public class JobScheduler {

  private static final Logger LOG = Logger.getLogger(JobScheduler.class);

  @Inject PluginHost host;
  @Inject ModuleRegistry registry;
  @Inject ModuleContexts contexts;
  @Inject OrgDirectory directory;
  @Inject JobRunStore runs;
  @Inject AuditLog audit;
  @Inject PlatformConfig config;

  /** Runs every due job. */
  public void tick() {
    Instant now = Instant.now();
    for (LoadedModule module : host.modules()) {
      for (ScheduledJob job : module.jobs()) {
        for (NodeView company : directory.tree().all()) {
          if (company.kind() == NodeKind.COMPANY
              && company.status() == NodeStatus.ACTIVE
              && registry.isEnabled(module.id(), company.code())) {
            String jobId = ModuleCalls.call(module, "id()", job::id);
            JobSchedule schedule = ModuleCalls.call(module, "schedule()", job::schedule);
            Instant last = runs.lastStart(module.id(), jobId, company.id());
            if (isDue(schedule, last, now, config.zone())) {
              run(module, job, jobId, company);
            }
          }
        }
      }
    }
  }

  /**
   * Whether a job is due.
   *
   * @param schedule its schedule
   * @param lastStart its last start in the company, or null
   * @param now the time
   * @param zone the platform's zone
   * @return true when it should run now
   */
  public static boolean isDue(JobSchedule schedule, Instant lastStart, Instant now, ZoneId zone) {
    if (schedule.interval() != null) {
      return lastStart == null || !now.isBefore(lastStart.plus(schedule.interval()));
    }
    ZonedDateTime local = now.atZone(zone);
    if (local.toLocalTime().isBefore(schedule.dailyAt())) {
      return false;
    }
    LocalDate today = local.toLocalDate();
    return lastStart == null || lastStart.atZone(zone).toLocalDate().isBefore(today);
  }

  private void run(LoadedModule module, ScheduledJob job, String jobId, NodeView company) {
    long start = System.nanoTime();
    runs.started(module.id(), jobId, company.id());
    Caller.as(Caller.SYSTEM, () -> {
      try {
        ModuleCalls.run(module, "job " + jobId, () -> job.run(contexts.create(module, company, null, null)));
        runs.finished(module.id(), jobId, company.id(), "SUCCESS", null);
        LOG.debugf("job %s/%s ran for %s in %d ms", module.id(), jobId, company.code(),
            Duration.ofNanos(System.nanoTime() - start).toMillis());
      } catch (RuntimeException e) {
        LOG.errorf(e, "job %s/%s failed for %s", module.id(), jobId, company.code());
        runs.finished(module.id(), jobId, company.id(), "FAILURE", String.valueOf(e.getMessage()));
        audit.record("job.failed", company.code(), "job:" + module.id() + "/" + jobId, AuditLog.FAILURE,
            e.getMessage());
      }
      return null;
    });
  }
}
