package io.heatcloud.core.tenancy;

import io.heatcloud.core.tenancy.domain.NodeKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the whole organisation tree. Small (a group has tens of nodes, at most
 * some hundreds), so it is read in one query, cached, and replaced on every change.
 */
public final class OrgTree implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, NodeView> byCode;
  private final Map<String, List<NodeView>> children;

  /**
   * Builds a snapshot.
   *
   * @param nodes every node, parents before or after children
   */
  public OrgTree(List<NodeView> nodes) {
    Map<String, NodeView> codes = new LinkedHashMap<>();
    Map<String, List<NodeView>> kids = new LinkedHashMap<>();
    for (NodeView node : nodes) {
      codes.put(node.code(), node);
      kids.computeIfAbsent(node.parentCode(), k -> new ArrayList<>()).add(node);
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.byCode = Collections.unmodifiableMap(codes);
    this.children = Collections.unmodifiableMap(kids);
  }

  /**
   * A node by code.
   *
   * @param code the code
   * @return the node, if it exists
   */
  public Optional<NodeView> node(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /**
   * The root (the group).
   *
   * @return the group, if one exists yet
   */
  public Optional<NodeView> root() {
    List<NodeView> roots = children.getOrDefault(null, List.of());
    return roots.isEmpty() ? Optional.empty() : Optional.of(roots.get(0));
  }

  /**
   * The children of a node, in creation order.
   *
   * @param code the parent's code
   * @return its children
   */
  public List<NodeView> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  /**
   * Every node, in creation order.
   *
   * @return the nodes
   */
  public List<NodeView> all() {
    return List.copyOf(byCode.values());
  }

  /**
   * The node and all its descendants.
   *
   * @param code the subtree's root
   * @return the nodes, the root first; empty when the code is unknown
   */
  public List<NodeView> subtree(String code) {
    List<NodeView> result = new ArrayList<>();
    node(code).ifPresent(n -> collect(n, result));
    return result;
  }

  private void collect(NodeView node, List<NodeView> into) {
    into.add(node);
    for (NodeView child : children(node.code())) {
      collect(child, into);
    }
  }

  /**
   * The companies in a subtree.
   *
   * @param code the subtree's root
   * @return the companies
   */
  public List<NodeView> companiesUnder(String code) {
    return subtree(code).stream().filter(n -> n.kind() == NodeKind.COMPANY).toList();
  }

  /**
   * Whether {@code descendant} is {@code ancestor} or lies below it.
   *
   * @param ancestor the upper node's code
   * @param descendant the lower node's code
   * @return true when so
   */
  public boolean contains(String ancestor, String descendant) {
    Optional<NodeView> current = node(descendant);
    while (current.isPresent()) {
      if (current.get().code().equals(ancestor)) {
        return true;
      }
      current = node(current.get().parentCode());
    }
    return false;
  }

  /**
   * The path from the root to a node, for breadcrumbs.
   *
   * @param code the node
   * @return the nodes from the group down to it
   */
  public List<NodeView> path(String code) {
    List<NodeView> path = new ArrayList<>();
    Optional<NodeView> current = node(code);
    while (current.isPresent()) {
      path.add(0, current.get());
      current = node(current.get().parentCode());
    }
    return path;
  }

  /**
   * The region a node belongs to.
   *
   * @param code a region or company code
   * @return the region, if any
   */
  public Optional<NodeView> regionOf(String code) {
    return path(code).stream().filter(n -> n.kind() == NodeKind.REGION).findFirst();
  }
}
