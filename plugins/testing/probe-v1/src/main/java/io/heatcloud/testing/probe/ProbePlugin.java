package io.heatcloud.testing.probe;

import org.pf4j.Plugin;

/** The probe's plugin class. */
public class ProbePlugin extends Plugin {}
