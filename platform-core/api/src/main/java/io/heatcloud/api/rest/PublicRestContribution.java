package io.heatcloud.api.rest;

import io.heatcloud.api.context.ModuleContext;
import org.pf4j.ExtensionPoint;

/**
 * A module's REST resource for callers without a platform login: a payment gateway's signed
 * notifications, a simulated gateway's pages. Mounted at {@code
 * /api/public/modules/{companyCode}/{pluginId}} for companies that enabled the module (404
 * otherwise). The context has the company but no user; the resource must authenticate every request
 * itself (a signature with the company's key, a timestamp window, a nonce) before it changes
 * anything, and must never trust the company code of the path alone.
 */
public interface PublicRestContribution extends ExtensionPoint {

  /**
   * The resource for one request.
   *
   * @param context the company of the path, without a user
   * @return a JAX-RS resource object
   */
  Object resource(ModuleContext context);
}
