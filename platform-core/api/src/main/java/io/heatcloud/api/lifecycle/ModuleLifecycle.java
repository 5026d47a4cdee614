package io.heatcloud.api.lifecycle;

import io.heatcloud.api.context.ModuleContext;
import org.pf4j.ExtensionPoint;

/**
 * Hooks into the life of companies and of the module's enablement. All methods have empty
 * defaults. A hook that throws is logged and audited; it does not undo the change that caused it.
 */
public interface ModuleLifecycle extends ExtensionPoint {

  /**
   * The module was enabled for a company and its migrations have run there. Called again when a
   * newer plugin version was installed and migrated.
   *
   * @param context the company's context (no user); transactions are available
   */
  default void enabled(ModuleContext context) {}

  /**
   * The module was disabled for a company. Its tables and data stay.
   *
   * @param context the company's context; transactions are available
   */
  default void disabled(ModuleContext context) {}

  /**
   * A company was created (and its schema migrated), whether or not it enables this module. When
   * the module is not enabled there, {@link ModuleContext#inTransaction} is not available.
   *
   * @param context the new company's context (no user)
   */
  default void tenantCreated(ModuleContext context) {}
}
