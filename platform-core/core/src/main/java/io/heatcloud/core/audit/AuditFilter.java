package io.heatcloud.core.audit;

import java.time.Instant;

/**
 * What to look for in the audit log; every part may be null.
 *
 * @param action an action or an action prefix, e.g. {@code auth.}
 * @param actor a user name
 * @param tenant a company code
 * @param from entries at or after
 * @param to entries before
 */
public record AuditFilter(String action, String actor, String tenant, Instant from, Instant to) {

  /** No conditions. */
  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
