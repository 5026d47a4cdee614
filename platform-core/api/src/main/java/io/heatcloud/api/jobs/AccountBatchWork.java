package io.heatcloud.api.jobs;

import io.heatcloud.api.context.ModuleContext;
import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Work over all active accounts of a company, run by the platform as a Jakarta Batch job (JBeret
 * in WildFly): the platform reads the company's account ids in id order, in chunks, and passes each
 * chunk to {@link #process} inside the chunk's transaction; after each chunk it records a
 * checkpoint, so a stopped job, or one whose server died, restarts after the last committed chunk.
 *
 * <p>Because a chunk whose transaction committed just before a crash may be passed again after the
 * restart, {@link #process} must be idempotent: write with unique keys (and {@code ON CONFLICT DO
 * NOTHING}), and count progress from what was actually written. Start jobs with {@link
 * BatchJobs#start}.
 */
public interface AccountBatchWork extends ExtensionPoint {

  /**
   * The work's id, unique within the plugin.
   *
   * @return e.g. {@code billing-run}
   */
  String id();

  /**
   * Processes a chunk of accounts, in the chunk's transaction ({@link ModuleContext#inTransaction}
   * joins it).
   *
   * @param context the company's context (no user)
   * @param parameters the parameters the job was started with
   * @param accountIds the accounts of this chunk, ascending
   * @throws Exception any failure: the chunk rolls back and the job fails (and can be restarted)
   */
  void process(ModuleContext context, Map<String, String> parameters, List<Long> accountIds) throws Exception;

  /**
   * Called when a job ends, however it ends.
   *
   * @param context the company's context
   * @param parameters the job's parameters
   * @param status COMPLETED, STOPPED or FAILED
   */
  default void ended(ModuleContext context, Map<String, String> parameters, String status) {}
}
