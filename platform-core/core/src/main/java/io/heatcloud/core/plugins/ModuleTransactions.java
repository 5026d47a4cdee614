package io.heatcloud.core.plugins;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/**
 * JTA transactions for plugin work: joins the caller's transaction when there is one, otherwise
 * begins one, commits it when the work returns and rolls it back when the work throws.
 */
@ApplicationScoped
public class ModuleTransactions {

  private static final Logger LOG = Logger.getLogger(ModuleTransactions.class);

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager tm;

  /**
   * Runs work in a transaction.
   *
   * @param work the work
   * @param <T> its result
   * @return the result
   */
  public <T> T required(Callable<T> work) {
    boolean owner;
    try {
      owner = tm.getStatus() == Status.STATUS_NO_TRANSACTION;
      if (owner) {
        tm.begin();
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot begin a transaction", e);
    }
    try {
      T result = work.call();
      if (owner) {
        tm.commit();
      }
      return result;
    } catch (Exception e) {
      if (owner) {
        rollbackQuietly();
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getMessage(), e);
    } catch (Error e) {
      if (owner) {
        rollbackQuietly();
      }
      throw e;
    }
  }

  private void rollbackQuietly() {
    try {
      if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
        tm.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.warnf("rollback failed: %s", e);
    }
  }
}
