package io.heatcloud.core.customers.domain;

import io.heatcloud.api.customers.AccountSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A heating account (户) of a company: a customer's account for one or more rooms, with the
 * number the group's coding rule generated.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByNumber", query = "SELECT a FROM Account a WHERE a.accountNo = :no")
@NamedQuery(name = "Account.countActive", query = "SELECT count(a) FROM Account a WHERE a.status = 'ACTIVE'")
@NamedQuery(name = "Account.countAll", query = "SELECT count(a) FROM Account a")
public class Account {

  /** An account in service. */
  public static final String ACTIVE = "ACTIVE";

  /** A closed account: no new charges. */
  public static final String CLOSED = "CLOSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_no", nullable = false, unique = true, length = 32)
  private String accountNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @Column(nullable = false, length = 200)
  private String address;

  @Column(nullable = false, length = 10)
  private String status;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "close_reason", length = 200)
  private String closeReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  /** For JPA. */
  protected Account() {}

  /**
   * Opens an account.
   *
   * @param accountNo the generated account number
   * @param customer its customer
   * @param address the premises' address
   * @param openedOn the opening date
   * @param now the time
   */
  public Account(String accountNo, Customer customer, String address, LocalDate openedOn, Instant now) {
    this.accountNo = accountNo;
    this.customer = customer;
    this.address = address;
    this.status = ACTIVE;
    this.openedOn = openedOn;
    this.createdAt = now;
  }

  /**
   * Closes the account.
   *
   * @param on the closing date
   * @param reason why
   */
  public void close(LocalDate on, String reason) {
    this.status = CLOSED;
    this.closedOn = on;
    this.closeReason = reason;
  }

  /**
   * Changes the address.
   *
   * @param address the address
   */
  public void moveTo(String address) {
    this.address = address;
  }

  /**
   * The account as plugins see it.
   *
   * @return the summary
   */
  public AccountSummary toSummary() {
    return new AccountSummary(id, accountNo, customer.getName(), address, status);
  }

  public Long getId() {
    return id;
  }

  public String getAccountNo() {
    return accountNo;
  }

  public Customer getCustomer() {
    return customer;
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

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public int getVersion() {
    return version;
  }
}
