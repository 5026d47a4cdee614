package io.heatcloud.core.tenancy.application;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises structural changes inside this JVM: provisioning companies, enabling modules,
 * installing and removing plugins. They run migrations, which must not overlap; Liquibase's lock
 * tables serialise them across cluster nodes.
 */
public final class ChangeLock {

  private static final ReentrantLock LOCK = new ReentrantLock(true);

  private ChangeLock() {}

  /**
   * Runs a change while holding the lock.
   *
   * @param change the change
   * @param <T> its result
   * @return the result
   */
  public static <T> T run(Supplier<T> change) {
    try {
      if (!LOCK.tryLock(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("another structural change is still running");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for another change", e);
    }
    try {
      return change.get();
    } finally {
      LOCK.unlock();
    }
  }
}
