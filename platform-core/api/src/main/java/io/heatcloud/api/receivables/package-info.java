/**
 * What customers owe: the open receivables of an account and their settlement by payments. The
 * billing module implements {@link io.heatcloud.api.receivables.Receivables}; payments and other
 * modules use it through {@link io.heatcloud.api.context.ModuleContext#service(Class)}.
 */
package io.heatcloud.api.receivables;
