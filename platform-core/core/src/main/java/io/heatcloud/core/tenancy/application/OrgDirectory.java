package io.heatcloud.core.tenancy.application;

import io.heatcloud.core.caching.CacheKey;
import io.heatcloud.core.caching.PlatformCache;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.OrgTree;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import io.heatcloud.core.tenancy.domain.OrgNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the organisation tree, from the cache when it can. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrgDirectory {

  private static final CacheKey TREE = new CacheKey(CacheKey.PLATFORM, "tree", "all");

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject PlatformCache cache;

  /**
   * The current tree.
   *
   * @return the snapshot
   */
  public OrgTree tree() {
    return cache.get(TREE, OrgTree.class, this::load);
  }

  /**
   * An active company by code.
   *
   * @param code the code
   * @return the company, when it exists and is active
   */
  public Optional<NodeView> activeCompany(String code) {
    return tree()
        .node(code)
        .filter(n -> n.kind() == NodeKind.COMPANY && n.status() == NodeStatus.ACTIVE);
  }

  /** Drops the cached tree after a change. */
  public void invalidate() {
    cache.invalidate(TREE);
  }

  private OrgTree load() {
    List<OrgNode> nodes = em.createNamedQuery("OrgNode.findAll", OrgNode.class).getResultList();
    return new OrgTree(
        nodes.stream()
            .map(
                n ->
                    new NodeView(
                        n.getId(),
                        n.getCode(),
                        n.getKind(),
                        n.getParent() == null ? null : n.getParent().getCode(),
                        n.getName(),
                        n.getNameEn(),
                        n.getCity(),
                        n.getSchemaName(),
                        n.getStatus(),
                        n.getStatusMessage()))
            .toList());
  }
}
