/**
 * Tenancy: the organisation tree (group, regions, companies) in the {@code platform} schema, one
 * PostgreSQL schema per company, the binding of a thread and a transaction to exactly one company,
 * and the YAML descriptors that create and change nodes at run time.
 */
package io.heatcloud.core.tenancy;
