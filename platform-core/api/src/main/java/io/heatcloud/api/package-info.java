/**
 * The HeatCloud plugin API: the one artifact a plugin compiles against, in provided scope.
 *
 * <p>A plugin is a PF4J archive. It contributes to the platform only through the extension points
 * in the sub-packages of this package, each an interface extending {@link org.pf4j.ExtensionPoint}
 * that the plugin implements in a class annotated with {@link org.pf4j.Extension}:
 *
 * <ul>
 *   <li>{@link io.heatcloud.api.module.HeatCloudModule}: name, menu, permissions, settings (required,
 *       exactly one per plugin);
 *   <li>{@link io.heatcloud.api.persistence.PersistenceContribution}: JPA entities and a Liquibase
 *       changelog, run in every company schema that enables the module;
 *   <li>{@link io.heatcloud.api.rest.RestContribution}: the JAX-RS resource mounted at
 *       {@code /api/modules/{pluginId}};
 *   <li>{@link io.heatcloud.api.view.ViewContribution}: Facelets views under {@code
 *       /modules/{pluginId}/} and their view models;
 *   <li>{@link io.heatcloud.api.jobs.AccountBatchWork}: restartable batch work over all accounts
 *       of a company (started through {@link io.heatcloud.api.jobs.BatchJobs});
 *   <li>{@link io.heatcloud.api.jobs.ScheduledJob}, {@link
 *       io.heatcloud.api.indicators.IndicatorProvider}, {@link
 *       io.heatcloud.api.lifecycle.ModuleLifecycle}.
 * </ul>
 *
 * <p>Every call from the platform into plugin code passes a {@link
 * io.heatcloud.api.context.ModuleContext} and runs with the plugin's class loader as the thread
 * context class loader. See {@link io.heatcloud.api.PlatformApi} for the version and compatibility
 * rules.
 */
package io.heatcloud.api;
