package io.heatcloud.testing.probe;

import org.pf4j.Plugin;

/** A plugin that cannot start: the platform must refuse it and keep running. */
public class BrokenProbePlugin extends Plugin {

  @Override
  public void start() {
    throw new IllegalStateException("the probe refuses to start");
  }
}
