/**
 * The platform's services. One package per capability: {@code tenancy} (the organisation tree,
 * company schemas, descriptors), {@code migration} (Liquibase), {@code plugins} (the PF4J host),
 * {@code security} (users, passwords, lockout, tokens, authorisation), {@code audit}, {@code
 * caching}, {@code customers} (the customer archive), {@code jobs} and {@code bootstrap}.
 */
package io.heatcloud.core;
