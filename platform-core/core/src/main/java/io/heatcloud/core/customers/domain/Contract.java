package io.heatcloud.core.customers.domain;

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
import java.time.LocalDate;

/** A heat supply contract (供热合同) of an account. */
@Entity
@Table(name = "contract")
@NamedQuery(name = "Contract.findByAccount",
    query = "SELECT c FROM Contract c WHERE c.account.id = :account ORDER BY c.signedOn DESC")
public class Contract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "contract_no", nullable = false, unique = true, length = 40)
  private String contractNo;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(nullable = false, length = 12)
  private String status;

  /** For JPA. */
  protected Contract() {}

  /**
   * Creates a contract.
   *
   * @param account the account
   * @param contractNo its number
   * @param signedOn when signed
   * @param validTo its end, null for open-ended
   */
  public Contract(Account account, String contractNo, LocalDate signedOn, LocalDate validTo) {
    this.account = account;
    this.contractNo = contractNo;
    this.signedOn = signedOn;
    this.validTo = validTo;
    this.status = "ACTIVE";
  }

  /** Ends the contract (when the account closes). */
  public void terminate() {
    this.status = "TERMINATED";
  }

  public String getContractNo() {
    return contractNo;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getStatus() {
    return status;
  }
}
