package io.heatcloud.web.rest.dto;

import io.heatcloud.core.audit.AuditEntry;
import java.time.Instant;

/**
 * An audit entry.
 *
 * @param id the id
 * @param occurredAt when
 * @param actor who
 * @param actorNode the actor's node
 * @param tenant the company concerned
 * @param action what
 * @param target on what
 * @param outcome SUCCESS, FAILURE or DENIED
 * @param clientIp from where
 * @param details details
 * @param hash the entry's chained hash
 */
public record AuditEntryDto(
    long id,
    Instant occurredAt,
    String actor,
    String actorNode,
    String tenant,
    String action,
    String target,
    String outcome,
    String clientIp,
    String details,
    String hash) {

  /**
   * The DTO of an entry.
   *
   * @param e the entry
   * @return the DTO
   */
  public static AuditEntryDto of(AuditEntry e) {
    return new AuditEntryDto(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorNode(), e.getTenant(),
        e.getAction(), e.getTarget(), e.getOutcome(), e.getClientIp(), e.getDetails(), e.getHash());
  }
}
