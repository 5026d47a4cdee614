/**
 * Imports of the customer archive from Excel (.xlsx) and CSV (UTF-8 or GBK): a preview that checks
 * every row, then a job that writes the valid rows idempotently (the same file twice changes
 * nothing) and a downloadable report of the rejected rows with their reasons.
 */
package io.heatcloud.core.customers.imports;
