package io.heatcloud.core.tenancy.application;

import io.heatcloud.core.tenancy.BoundTenant;
import io.heatcloud.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Work on one company's data: binds the company to the thread and runs the work in a JTA
 * transaction, which then serves that company only. Roll-ups over several companies call this once
 * per company.
 */
@ApplicationScoped
public class TenantTransactions {

  /**
   * Runs work for a company in the caller's transaction or a new one.
   *
   * @param tenant the company
   * @param work the work
   * @param <T> the result
   * @return the result
   */
  @Transactional
  public <T> T call(BoundTenant tenant, Supplier<T> work) {
    return TenantContext.call(tenant, work::get);
  }

  /**
   * Runs work for a company in a transaction of its own.
   *
   * @param tenant the company
   * @param work the work
   * @param <T> the result
   * @return the result
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T callNew(BoundTenant tenant, Supplier<T> work) {
    return TenantContext.call(tenant, work::get);
  }
}
