/**
 * The customer archive, core of every module: accounts in each company's schema, read by plugins
 * through {@link io.heatcloud.api.customers.AccountDirectory}. Personal data (phones) is masked
 * unless the reader's role allows it.
 */
package io.heatcloud.core.customers;
