package io.heatcloud.web.rest.dto;

import io.heatcloud.core.tenancy.NodeView;
import java.util.List;

/**
 * A node of the tree, with its children when the tree is requested.
 *
 * @param code the code
 * @param kind GROUP, REGION or COMPANY
 * @param parent the parent's code
 * @param name the Chinese name
 * @param nameEn the English name
 * @param city the city
 * @param status the status
 * @param statusMessage why, when failed
 * @param children the visible children
 */
public record NodeDto(
    String code,
    String kind,
    String parent,
    String name,
    String nameEn,
    String city,
    String status,
    String statusMessage,
    List<NodeDto> children) {

  /**
   * The DTO of a node.
   *
   * @param n the node
   * @param children its children's DTOs
   * @return the DTO
   */
  public static NodeDto of(NodeView n, List<NodeDto> children) {
    return new NodeDto(n.code(), n.kind().name(), n.parentCode(), n.name(), n.nameEn(), n.city(),
        n.status().name(), n.statusMessage(), children);
  }
}
