package io.heatcloud.api.rest;

import io.heatcloud.api.context.ModuleContext;
import org.pf4j.ExtensionPoint;

/**
 * The plugin's REST resource, mounted at {@code /api/modules/{pluginId}} by a sub-resource locator
 * of the platform.
 *
 * <p>The platform authenticates the caller (the same accounts and bearer tokens as the rest of the
 * API), checks that the caller's company has enabled the module and returns 404 otherwise, and then
 * asks this extension for the resource object. The object's class carries JAX-RS annotations on
 * its methods (no {@code @Path} on the class is needed); RESTEasy invokes them with the plugin's
 * class loader as the context class loader. Throw {@link io.heatcloud.api.errors.ProblemException}s
 * for bad input: the platform answers them as RFC 7807 problems.
 */
public interface RestContribution extends ExtensionPoint {

  /**
   * Creates the resource for one request.
   *
   * @param context the request's context (tenant and user of the caller)
   * @return the resource object
   */
  Object resource(ModuleContext context);
}
