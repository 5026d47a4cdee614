package io.heatcloud.plugins.billing;

import org.pf4j.Plugin;

/** The plugin's entry point for PF4J; the module's work is done by its extensions. */
public class BillingPlugin extends Plugin {}
