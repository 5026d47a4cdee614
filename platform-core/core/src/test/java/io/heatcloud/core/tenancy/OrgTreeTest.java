package io.heatcloud.core.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgTreeTest {

  private static NodeView node(long id, String code, NodeKind kind, String parent) {
    return new NodeView(id, code, kind, parent, code, null, null,
        kind == NodeKind.COMPANY ? SchemaNames.forCompany(code) : null, NodeStatus.ACTIVE, null);
  }

  private final OrgTree tree = new OrgTree(List.of(
      node(1, "QLRJ", NodeKind.GROUP, null),
      node(2, "JDQY", NodeKind.REGION, "QLRJ"),
      node(3, "LNQY", NodeKind.REGION, "QLRJ"),
      node(4, "YTRL", NodeKind.COMPANY, "JDQY"),
      node(5, "LYRL", NodeKind.COMPANY, "LNQY")));

  @Test
  void subtreesAndContainment() {
    assertTrue(tree.contains("QLRJ", "YTRL"));
    assertTrue(tree.contains("JDQY", "YTRL"));
    assertTrue(tree.contains("YTRL", "YTRL"));
    assertFalse(tree.contains("JDQY", "LYRL"));
    assertFalse(tree.contains("YTRL", "JDQY"));
    assertEquals(List.of("YTRL"), tree.companiesUnder("JDQY").stream().map(NodeView::code).toList());
    assertEquals(List.of("QLRJ", "JDQY", "YTRL"), tree.path("YTRL").stream().map(NodeView::code).toList());
    assertEquals("JDQY", tree.regionOf("YTRL").orElseThrow().code());
  }

  @Test
  void companySchemasAreSafeIdentifiers() {
    assertEquals("t_ytrl", SchemaNames.forCompany("YTRL"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SchemaNames.requireValid("t_x; DROP SCHEMA platform"));
  }
}
