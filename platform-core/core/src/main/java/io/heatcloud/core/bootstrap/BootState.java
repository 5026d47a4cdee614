package io.heatcloud.core.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the platform finished starting, for the readiness check. */
@ApplicationScoped
public class BootState {

  private volatile boolean ready;
  private volatile long bootMillis;

  /**
   * Marks the platform ready.
   *
   * @param millis how long the start took
   */
  public void ready(long millis) {
    this.bootMillis = millis;
    this.ready = true;
  }

  /**
   * Whether the platform is ready.
   *
   * @return true after start-up
   */
  public boolean isReady() {
    return ready;
  }

  /**
   * How long the start took.
   *
   * @return milliseconds
   */
  public long bootMillis() {
    return bootMillis;
  }
}
