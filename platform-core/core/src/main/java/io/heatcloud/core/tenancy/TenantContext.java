package io.heatcloud.core.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The company the current thread serves. It is set by the platform only: from the authenticated
 * user for a request, or explicitly for the company a job, migration or roll-up processes. It is
 * never taken from a client-supplied value.
 *
 * <p>Hibernate's tenant resolver reads it; without a bound tenant, tenant data cannot be touched.
 */
public final class TenantContext {

  private static final ThreadLocal<BoundTenant> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  /**
   * The tenant bound to this thread.
   *
   * @return the tenant, if any
   */
  public static Optional<BoundTenant> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * The tenant bound to this thread, required.
   *
   * @return the tenant
   * @throws IllegalStateException when none is bound
   */
  public static BoundTenant require() {
    BoundTenant tenant = CURRENT.get();
    if (tenant == null) {
      throw new IllegalStateException("no tenant is bound to this thread");
    }
    return tenant;
  }

  /**
   * Runs work for a tenant and restores the previous binding afterwards.
   *
   * @param tenant the tenant
   * @param work the work
   * @param <T> the result type
   * @return the work's result
   */
  public static <T> T call(BoundTenant tenant, Callable<T> work) {
    BoundTenant previous = CURRENT.get();
    CURRENT.set(tenant);
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * Runs work without a result for a tenant.
   *
   * @param tenant the tenant
   * @param work the work
   */
  public static void run(BoundTenant tenant, Runnable work) {
    call(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Binds a tenant until {@link #clear()} (for filters that span a whole request).
   *
   * @param tenant the tenant
   */
  public static void bind(BoundTenant tenant) {
    CURRENT.set(tenant);
  }

  /** Removes the binding of this thread. */
  public static void clear() {
    CURRENT.remove();
  }
}
