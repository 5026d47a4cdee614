package io.heatcloud.plugins.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an account paid beyond what it owed. Read here; changed only by the ledger writer, as one
 * relative update in the database ({@code balance = balance + change}) with the entry that changes
 * it, under the account's posting lock: two changes cannot overwrite each other, the check
 * constraint keeps it from going negative, and the version counts every change.
 */
@Entity
@Table(name = "pay_prepaid")
public class PrepaidBalance {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal balance;

  @Version private long version;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PrepaidBalance() {}

  public Long getAccountId() {
    return accountId;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public long getVersion() {
    return version;
  }
}
