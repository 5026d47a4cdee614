/**
 * Start-up of the platform: migrates the platform schema, loads the plugins, applies the
 * descriptors, brings every company schema up to date, then starts the directory watchers and the
 * job timer.
 */
package io.heatcloud.core.bootstrap;
