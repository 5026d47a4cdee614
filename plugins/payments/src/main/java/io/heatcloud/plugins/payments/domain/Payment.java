package io.heatcloud.plugins.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ledger entry: a payment, or a refund or reversal of one. Immutable once written (the table's
 * trigger refuses updates and deletes).
 */
@Entity
@Table(name = "pay_payment")
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private PaymentKind kind;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "account_no", nullable = false, length = 40, updatable = false)
  private String accountNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Channel channel;

  @Column(nullable = false, length = 20, updatable = false)
  private String method;

  @Column(name = "channel_ref", length = 64, updatable = false)
  private String channelRef;

  @Column(nullable = false, precision = 12, scale = 2, updatable = false)
  private BigDecimal amount;

  @Column(nullable = false, precision = 12, scale = 2, updatable = false)
  private BigDecimal prepaid;

  @Column(name = "original_id", updatable = false)
  private Long originalId;

  @Column(name = "receipt_no", nullable = false, length = 30, updatable = false)
  private String receiptNo;

  @Column(name = "business_date", nullable = false, updatable = false)
  private LocalDate businessDate;

  @Column(length = 200, updatable = false)
  private String note;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Payment() {}

  /**
   * A new entry.
   *
   * @param kind payment, refund or reversal
   * @param accountId the account
   * @param accountNo its number
   * @param channel the channel
   * @param method the channel's method
   * @param channelRef the channel's transaction id, or null
   * @param amount positive for payments, negative for refunds and reversals
   * @param prepaid the part that went to (or, negative, came from) the prepaid balance
   * @param originalId the payment refunded or reversed, or null
   * @param receiptNo the receipt number
   * @param businessDate the business day (Beijing time)
   * @param note a note or reason
   * @param createdBy who recorded it
   */
  public Payment(PaymentKind kind, long accountId, String accountNo, Channel channel, String method, String channelRef,
      BigDecimal amount, BigDecimal prepaid, Long originalId, String receiptNo, LocalDate businessDate, String note,
      String createdBy) {
    this.kind = kind;
    this.accountId = accountId;
    this.accountNo = accountNo;
    this.channel = channel;
    this.method = method;
    this.channelRef = channelRef;
    this.amount = amount;
    this.prepaid = prepaid;
    this.originalId = originalId;
    this.receiptNo = receiptNo;
    this.businessDate = businessDate;
    this.note = note;
    this.createdBy = createdBy;
    this.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public PaymentKind getKind() {
    return kind;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getAccountNo() {
    return accountNo;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getMethod() {
    return method;
  }

  public String getChannelRef() {
    return channelRef;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getPrepaid() {
    return prepaid;
  }

  public Long getOriginalId() {
    return originalId;
  }

  public String getReceiptNo() {
    return receiptNo;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
