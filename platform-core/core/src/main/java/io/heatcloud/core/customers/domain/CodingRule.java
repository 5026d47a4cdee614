package io.heatcloud.core.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of the group's coding rules ({@code platform.coding_rule}): the pattern of customer
 * numbers, account numbers or premise codes, set by headquarters for every company.
 */
@Entity
@Table(schema = "platform", name = "coding_rule")
@NamedQuery(name = "CodingRule.findAll", query = "SELECT r FROM CodingRule r")
public class CodingRule {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private CodeKind kind;

  @Column(nullable = false, length = 100)
  private String pattern;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  /** For JPA. */
  protected CodingRule() {}

  /**
   * Changes the pattern (numbers already given keep their form).
   *
   * @param pattern the new pattern, already validated
   * @param by who
   * @param now the time
   */
  public void change(String pattern, String by, Instant now) {
    this.pattern = pattern;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public CodeKind getKind() {
    return kind;
  }

  public String getPattern() {
    return pattern;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
