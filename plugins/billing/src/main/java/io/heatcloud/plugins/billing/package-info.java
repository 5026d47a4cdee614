/**
 * The billing module (计费): seasons, tariffs, suspensions, adjustments, quality compensation,
 * billing runs, late fees, statements and arrears of a heat company. The rules are in {@link
 * io.heatcloud.plugins.billing.rating} (pure Java, unit-tested); {@code application} reads and
 * writes the module's tables; {@code rest} and {@code web} are its API and views.
 */
package io.heatcloud.plugins.billing;
