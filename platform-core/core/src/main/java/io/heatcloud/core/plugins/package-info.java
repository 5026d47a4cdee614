/**
 * The plugin host: loads PF4J archives from the watched plugins directory or from uploads, checks
 * their descriptor against the API version, builds a Hibernate session factory per plugin, runs
 * the plugin's migrations in every company that enables it, upgrades and removes plugins while the
 * platform runs, and wraps every call into plugin code ({@link
 * io.heatcloud.core.plugins.ModuleCalls}) so that it runs with the plugin's class loader.
 */
package io.heatcloud.core.plugins;
