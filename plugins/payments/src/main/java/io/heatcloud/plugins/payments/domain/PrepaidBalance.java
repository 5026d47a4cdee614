package io.heatcloud.plugins.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an account paid beyond what it owed. Optimistically locked: two postings that change one
 * balance at once cannot both win; the loser's transaction is retried.
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

  /**
   * An empty balance.
   *
   * @param accountId the account
   */
  public PrepaidBalance(long accountId) {
    this.accountId = accountId;
    this.balance = BigDecimal.ZERO.setScale(2);
    this.updatedAt = Instant.now();
  }

  /**
   * Adds to (or, negative, takes from) the balance.
   *
   * @param amount yuan
   * @throws IllegalStateException when the balance would become negative
   */
  public void add(BigDecimal amount) {
    BigDecimal next = balance.add(amount);
    if (next.signum() < 0) {
      throw new IllegalStateException("a prepaid balance cannot become negative");
    }
    balance = next;
    updatedAt = Instant.now();
  }

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
