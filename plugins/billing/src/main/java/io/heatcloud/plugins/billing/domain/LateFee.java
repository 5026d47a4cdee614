package io.heatcloud.plugins.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The late fee of an account's season so far ({@code billing_late_fee}): written by the daily job
 * in bulk, one row per account and season.
 */
@Entity
@Table(name = "billing_late_fee")
@IdClass(LateFee.Key.class)
public class LateFee {

  /** The key: account and season. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long accountId;
    private long seasonId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.accountId == accountId && k.seasonId == seasonId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(accountId) * 31 + Long.hashCode(seasonId);
    }
  }

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Id
  @Column(name = "season_id")
  private long seasonId;

  @Column(name = "principal_days", nullable = false, precision = 20, scale = 2)
  private BigDecimal principalDays;

  @Column(name = "accrued_through", nullable = false)
  private LocalDate accruedThrough;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  protected LateFee() {}

  public long getAccountId() {
    return accountId;
  }

  public long getSeasonId() {
    return seasonId;
  }

  public BigDecimal getPrincipalDays() {
    return principalDays;
  }

  public LocalDate getAccruedThrough() {
    return accruedThrough;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
