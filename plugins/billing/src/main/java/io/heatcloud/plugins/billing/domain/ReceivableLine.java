package io.heatcloud.plugins.billing.domain;

import io.heatcloud.plugins.billing.rating.ChargeItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A receivable line ({@code billing_line}): written once, never changed. Lines are written in bulk
 * (COPY) by runs; this mapping reads them.
 */
@Entity
@Table(name = "billing_line")
@IdClass(ReceivableLine.Key.class)
public class ReceivableLine {

  /** The identity of a line: account, season, room, item, reference and source. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long accountId;
    private long seasonId;
    private long roomId;
    private ChargeItem item;
    private String ref;
    private String source;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.accountId == accountId && k.seasonId == seasonId && k.roomId == roomId
          && k.item == item && Objects.equals(k.ref, ref) && Objects.equals(k.source, source);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, seasonId, roomId, item, ref, source);
    }
  }

  @Id
  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Id
  @Column(name = "season_id", nullable = false)
  private long seasonId;

  @Id
  @Column(name = "room_id", nullable = false)
  private long roomId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ChargeItem item;

  @Id
  @Column(nullable = false, length = 20)
  private String ref;

  @Id
  @Column(nullable = false, length = 24)
  private String source;

  @Column(name = "community_code", length = 20)
  private String communityCode;

  @Column(name = "usage_type", length = 20)
  private String usageType;

  @Column(precision = 14, scale = 3)
  private BigDecimal quantity;

  @Column(name = "unit_price", precision = 12, scale = 4)
  private BigDecimal unitPrice;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(length = 200)
  private String basis;

  @Column(name = "run_id")
  private Long runId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ReceivableLine() {}

  /**
   * The line's identity as one text, for tables.
   *
   * @return e.g. {@code 5/1/5/AREA//CHARGE}
   */
  public String getKey() {
    return accountId + "/" + seasonId + "/" + roomId + "/" + item + "/" + ref + "/" + source;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getSeasonId() {
    return seasonId;
  }

  public long getRoomId() {
    return roomId;
  }

  public ChargeItem getItem() {
    return item;
  }

  public String getRef() {
    return ref;
  }

  public String getSource() {
    return source;
  }

  public String getCommunityCode() {
    return communityCode;
  }

  public String getUsageType() {
    return usageType;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getBasis() {
    return basis;
  }

  public Long getRunId() {
    return runId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /**
   * The day the line was written, in China Standard Time.
   *
   * @return the day
   */
  @jakarta.json.bind.annotation.JsonbTransient
  public java.time.LocalDate getCreatedOn() {
    return createdAt == null ? null : java.time.LocalDate.ofInstant(createdAt, java.time.ZoneId.of("Asia/Shanghai"));
  }

  /**
   * Whether the line corrects an earlier one (a later run or an approval changed what is owed).
   *
   * @return true unless it is the first charge of its item
   */
  public boolean isCorrection() {
    return !"CHARGE".equals(source);
  }
}
