package io.heatcloud.core.tenancy.application;

import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.SchemaNames;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeSource;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import io.heatcloud.core.tenancy.domain.OrgNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Writes the rows of the organisation tree. */
@ApplicationScoped
@Transactional
public class NodeStore {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  /**
   * Creates a node; a company starts as {@link NodeStatus#PROVISIONING}, other nodes as active.
   *
   * @param spec the validated spec
   * @param source where it comes from
   * @return the new node's id
   */
  public long create(NodeSpec spec, NodeSource source) {
    OrgNode parent = spec.parentCode() == null ? null : byCode(spec.parentCode()).orElseThrow();
    boolean company = spec.kind() == NodeKind.COMPANY;
    OrgNode node =
        new OrgNode(
            spec.code(),
            spec.kind(),
            parent,
            spec.name().trim(),
            blankToNull(spec.nameEn()),
            blankToNull(spec.city()),
            company ? SchemaNames.forCompany(spec.code()) : null,
            company ? NodeStatus.PROVISIONING : NodeStatus.ACTIVE,
            source,
            Instant.now());
    em.persist(node);
    em.flush();
    return node.getId();
  }

  /**
   * Renames a node.
   *
   * @param code the node
   * @param spec the new names
   * @return true when something changed
   */
  public boolean describe(String code, NodeSpec spec) {
    OrgNode node = byCode(code).orElseThrow();
    String nameEn = blankToNull(spec.nameEn());
    String city = blankToNull(spec.city());
    if (node.getName().equals(spec.name().trim())
        && java.util.Objects.equals(node.getNameEn(), nameEn)
        && java.util.Objects.equals(node.getCity(), city)) {
      return false;
    }
    node.describe(spec.name().trim(), nameEn, city, Instant.now());
    return true;
  }

  /**
   * Changes a node's status.
   *
   * @param code the node
   * @param status the status
   * @param message why, may be null
   */
  public void changeStatus(String code, NodeStatus status, String message) {
    byCode(code).orElseThrow().changeStatus(status, message, Instant.now());
  }

  private Optional<OrgNode> byCode(String code) {
    return em.createNamedQuery("OrgNode.findByCode", OrgNode.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
