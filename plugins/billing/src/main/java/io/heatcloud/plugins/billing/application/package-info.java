/**
 * The billing module's services: each is created for one call with the caller's {@link
 * io.heatcloud.api.context.ModuleContext} and works on that company only.
 */
package io.heatcloud.plugins.billing.application;
