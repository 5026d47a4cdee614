package io.heatcloud.core.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A node of the organisation tree: the group, a region or a company. */
@Entity
@Table(schema = "platform", name = "org_node")
@NamedQuery(name = "OrgNode.findAll", query = "SELECT n FROM OrgNode n ORDER BY n.id")
@NamedQuery(name = "OrgNode.findByCode", query = "SELECT n FROM OrgNode n WHERE n.code = :code")
public class OrgNode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 16)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private NodeKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgNode parent;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_en", length = 100)
  private String nameEn;

  @Column(length = 50)
  private String city;

  @Column(name = "schema_name", length = 63)
  private String schemaName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NodeStatus status;

  @Column(name = "status_message")
  private String statusMessage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NodeSource source;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  /** For JPA. */
  protected OrgNode() {}

  /**
   * Creates a node.
   *
   * @param code the node's code
   * @param kind its level
   * @param parent its parent, null for the group
   * @param name its name
   * @param nameEn its English name
   * @param city its city, for companies
   * @param schemaName the company's schema, null for other kinds
   * @param status the initial status
   * @param source where it was created
   * @param now the time
   */
  public OrgNode(
      String code,
      NodeKind kind,
      OrgNode parent,
      String name,
      String nameEn,
      String city,
      String schemaName,
      NodeStatus status,
      NodeSource source,
      Instant now) {
    this.code = code;
    this.kind = kind;
    this.parent = parent;
    this.name = name;
    this.nameEn = nameEn;
    this.city = city;
    this.schemaName = schemaName;
    this.status = status;
    this.source = source;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Renames the node.
   *
   * @param name the name
   * @param nameEn the English name
   * @param city the city
   * @param now the time
   */
  public void describe(String name, String nameEn, String city, Instant now) {
    this.name = name;
    this.nameEn = nameEn;
    this.city = city;
    this.updatedAt = now;
  }

  /**
   * Changes the status.
   *
   * @param status the new status
   * @param message why, may be null
   * @param now the time
   */
  public void changeStatus(NodeStatus status, String message, Instant now) {
    this.status = status;
    this.statusMessage = message;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public NodeKind getKind() {
    return kind;
  }

  public OrgNode getParent() {
    return parent;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getCity() {
    return city;
  }

  public String getSchemaName() {
    return schemaName;
  }

  public NodeStatus getStatus() {
    return status;
  }

  public String getStatusMessage() {
    return statusMessage;
  }

  public NodeSource getSource() {
    return source;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
