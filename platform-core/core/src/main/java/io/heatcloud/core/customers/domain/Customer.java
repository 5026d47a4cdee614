package io.heatcloud.core.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer: a person or an organisation, with an identity document and phones. */
@Entity
@Table(name = "customer")
@NamedQuery(name = "Customer.findByIdentity",
    query = "SELECT c FROM Customer c WHERE c.idType = :type AND c.idNumber = :number")
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_no", nullable = false, unique = true, length = 32)
  private String customerNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CustomerKind kind;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type", length = 20)
  private IdType idType;

  @Column(name = "id_number", length = 40)
  private String idNumber;

  @Column(length = 20)
  private String phone;

  @Column(length = 20)
  private String phone2;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  /** For JPA. */
  protected Customer() {}

  /**
   * Creates a customer.
   *
   * @param customerNo the generated customer number
   * @param kind person or organisation
   * @param name the name
   * @param idType the document type, may be null
   * @param idNumber the document number, may be null
   * @param phone the phone, may be null
   * @param now the time
   */
  public Customer(String customerNo, CustomerKind kind, String name, IdType idType, String idNumber, String phone,
      Instant now) {
    this.customerNo = customerNo;
    this.kind = kind;
    this.name = name;
    this.idType = idType;
    this.idNumber = idNumber;
    this.phone = phone;
    this.createdAt = now;
  }

  /**
   * Changes the name and phones.
   *
   * @param name the name
   * @param phone the phone
   * @param phone2 a second phone
   */
  public void update(String name, String phone, String phone2) {
    this.name = name;
    this.phone = phone;
    this.phone2 = phone2;
  }

  public Long getId() {
    return id;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public CustomerKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public IdType getIdType() {
    return idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public String getPhone2() {
    return phone2;
  }
}
