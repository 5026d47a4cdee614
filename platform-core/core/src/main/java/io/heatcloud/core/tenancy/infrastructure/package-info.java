/**
 * Tenancy infrastructure: Hibernate's multi-tenant connection provider and tenant resolver, and
 * the JPA repositories of the organisation tree.
 */
package io.heatcloud.core.tenancy.infrastructure;
