package io.heatcloud.plugins.paysim;

import org.pf4j.Plugin;

/** Starts and stops the simulated gateway's notification sender. */
public class PaysimPlugin extends Plugin {

  @Override
  public void start() {
    Notifier.start();
  }

  @Override
  public void stop() {
    Notifier.stop();
  }
}
