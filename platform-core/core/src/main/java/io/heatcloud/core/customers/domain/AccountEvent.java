package io.heatcloud.core.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of an account's history: opened, changed, closed, imported. */
@Entity
@Table(name = "account_event")
@NamedQuery(name = "AccountEvent.findByAccount",
    query = "SELECT e FROM AccountEvent e WHERE e.accountId = :account ORDER BY e.occurredAt DESC, e.id DESC")
public class AccountEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(nullable = false, length = 30)
  private String kind;

  @Column(length = 1000)
  private String details;

  /** For JPA. */
  protected AccountEvent() {}

  /**
   * Records an event.
   *
   * @param accountId the account
   * @param occurredAt when
   * @param actor who
   * @param kind OPENED, CHANGED, CLOSED, IMPORTED ...
   * @param details what changed, masked
   */
  public AccountEvent(Long accountId, Instant occurredAt, String actor, String kind, String details) {
    this.accountId = accountId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.kind = kind;
    this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 1000);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getKind() {
    return kind;
  }

  public String getDetails() {
    return details;
  }
}
