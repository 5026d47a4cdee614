package io.heatcloud.api.jobs;

import io.heatcloud.api.context.ModuleContext;
import org.pf4j.ExtensionPoint;

/**
 * Work the platform runs on a schedule, once for each company that enabled the module, one company
 * after another, each in its own context. A failure in one company is logged and audited and does
 * not stop the others. A job must be idempotent for a given day: running it twice changes nothing
 * the second time.
 */
public interface ScheduledJob extends ExtensionPoint {

  /**
   * The job's id, unique within the plugin.
   *
   * @return e.g. {@code expire-notices}
   */
  String id();

  /**
   * When the job runs.
   *
   * @return the schedule
   */
  JobSchedule schedule();

  /**
   * Runs the job for one company.
   *
   * @param context the company's context (no user)
   * @throws Exception any failure, which the platform records
   */
  void run(ModuleContext context) throws Exception;
}
