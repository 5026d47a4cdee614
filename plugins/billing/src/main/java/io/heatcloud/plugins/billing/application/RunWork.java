package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import java.util.List;
import java.util.Map;

/** The entry of the platform's batch job into the run service (its chunk methods stay package-private). */
public final class RunWork {

  private RunWork() {}

  /**
   * Bills a chunk.
   *
   * @param context the company's context
   * @param parameters the run's parameters
   * @param accountIds the chunk
   */
  public static void process(ModuleContext context, Map<String, String> parameters, List<Long> accountIds) {
    new RunService(context).processChunk(parameters, accountIds);
  }

  /**
   * Records the end of an execution.
   *
   * @param context the company's context
   * @param parameters the run's parameters
   * @param status how it ended
   */
  public static void ended(ModuleContext context, Map<String, String> parameters, String status) {
    new RunService(context).ended(parameters, status);
  }
}
