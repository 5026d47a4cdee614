/**
 * The audit log: append-only (the database refuses updates and deletes), each entry chained to the
 * previous one by SHA-256 so that an edited or removed row is detected by {@link
 * io.heatcloud.core.audit.AuditLog#verifyChain()}.
 */
package io.heatcloud.core.audit;
