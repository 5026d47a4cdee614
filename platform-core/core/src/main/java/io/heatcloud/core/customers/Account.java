package io.heatcloud.core.customers;

import io.heatcloud.api.customers.AccountSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A customer account of a company (table {@code account} of the company's schema). */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByNumber", query = "SELECT a FROM Account a WHERE a.accountNo = :no")
@NamedQuery(name = "Account.countActive", query = "SELECT count(a) FROM Account a WHERE a.status = 'ACTIVE'")
@NamedQuery(name = "Account.countAll", query = "SELECT count(a) FROM Account a")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_no", nullable = false, unique = true, length = 32)
  private String accountNo;

  @Column(name = "holder_name", nullable = false, length = 100)
  private String holderName;

  @Column(length = 20)
  private String phone;

  @Column(nullable = false, length = 200)
  private String address;

  @Column(nullable = false, length = 10)
  private String status;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  /** For JPA. */
  protected Account() {}

  /**
   * Opens an account.
   *
   * @param accountNo the customer number
   * @param holderName the holder's name
   * @param phone the phone
   * @param address the premises' address
   * @param openedOn the opening date
   * @param now the time
   */
  public Account(
      String accountNo, String holderName, String phone, String address, LocalDate openedOn,
      Instant now) {
    this.accountNo = accountNo;
    this.holderName = holderName;
    this.phone = phone;
    this.address = address;
    this.status = "ACTIVE";
    this.openedOn = openedOn;
    this.createdAt = now;
  }

  /**
   * The account as plugins see it.
   *
   * @return the summary
   */
  public AccountSummary toSummary() {
    return new AccountSummary(id, accountNo, holderName, address, status);
  }

  public Long getId() {
    return id;
  }

  public String getAccountNo() {
    return accountNo;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getPhone() {
    return phone;
  }

  public String getAddress() {
    return address;
  }

  public String getStatus() {
    return status;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }
}
