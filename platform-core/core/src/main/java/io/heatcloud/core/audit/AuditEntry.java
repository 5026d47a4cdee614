package io.heatcloud.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One audit entry: who did what, when, from where, in which tenant, with what outcome. */
@Entity
@Table(schema = "platform", name = "audit_entry")
public class AuditEntry {

  /** The hash the first entry chains to. */
  public static final String GENESIS = "0".repeat(64);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 64, updatable = false)
  private String actor;

  @Column(name = "actor_node", length = 16, updatable = false)
  private String actorNode;

  @Column(length = 16, updatable = false)
  private String tenant;

  @Column(nullable = false, length = 64, updatable = false)
  private String action;

  @Column(length = 200, updatable = false)
  private String target;

  @Column(nullable = false, length = 10, updatable = false)
  private String outcome;

  @Column(name = "client_ip", length = 64, updatable = false)
  private String clientIp;

  @Column(updatable = false)
  private String details;

  @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
  private String prevHash;

  @Column(nullable = false, length = 64, updatable = false)
  private String hash;

  /** For JPA. */
  protected AuditEntry() {}

  /**
   * Creates an entry chained to the previous one.
   *
   * @param occurredAt the time, truncated to microseconds (the database's precision)
   * @param actor the user name, or {@code system} / {@code anonymous}
   * @param actorNode the code of the actor's node
   * @param tenant the company the action concerned, if any
   * @param action the action, e.g. {@code auth.login}
   * @param target what was acted on
   * @param outcome SUCCESS, FAILURE or DENIED
   * @param clientIp the client's address
   * @param details a short description, masked
   * @param prevHash the previous entry's hash
   */
  public AuditEntry(
      Instant occurredAt,
      String actor,
      String actorNode,
      String tenant,
      String action,
      String target,
      String outcome,
      String clientIp,
      String details,
      String prevHash) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.actorNode = actorNode;
    this.tenant = tenant;
    this.action = action;
    this.target = target;
    this.outcome = outcome;
    this.clientIp = clientIp;
    this.details = details;
    this.prevHash = prevHash;
    this.hash = computeHash();
  }

  /**
   * The hash of this entry's content and the previous hash.
   *
   * @return SHA-256, hex
   */
  public String computeHash() {
    String content =
        String.join(
            "\u001f",
            prevHash,
            occurredAt.toString(),
            actor,
            String.valueOf(actorNode),
            String.valueOf(tenant),
            action,
            String.valueOf(target),
            outcome,
            String.valueOf(clientIp),
            String.valueOf(details));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorNode() {
    return actorNode;
  }

  public String getTenant() {
    return tenant;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getClientIp() {
    return clientIp;
  }

  public String getDetails() {
    return details;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
