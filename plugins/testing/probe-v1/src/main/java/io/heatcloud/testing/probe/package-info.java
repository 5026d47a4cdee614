/**
 * The probe test plugin: one entity, a REST resource that reports what the platform gave it (its
 * version, whether it runs with its own class loader, its tenant), a view and a view model.
 */
package io.heatcloud.testing.probe;
