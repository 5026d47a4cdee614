package io.heatcloud.api.context;

import org.pf4j.ExtensionPoint;

/**
 * A service one module offers to the others: an interface of this API (for instance
 * {@link io.heatcloud.api.receivables.Receivables}) implemented inside the plugin. Another module
 * obtains it with {@link ModuleContext#service(Class)} when a company has enabled both; every call
 * runs in the providing plugin with its class loader and joins the caller's transaction, so work of
 * two modules commits or rolls back together.
 *
 * @param <T> the service interface
 */
public interface ServiceContribution<T> extends ExtensionPoint {

  /**
   * The interface offered; one module per company may offer a given interface.
   *
   * @return an interface of the platform API
   */
  Class<T> type();

  /**
   * An implementation bound to the providing module's context (same company and user as the caller).
   *
   * @param context the providing module's context
   * @return the implementation
   */
  T create(ModuleContext context);
}
