/**
 * The customer archive's model, in each company's schema: customers, accounts, premises
 * (community / building / unit / room), meter readings, contracts, account history, usage types.
 */
package io.heatcloud.core.customers.domain;
