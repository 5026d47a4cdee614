package io.heatcloud.core.tenancy.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.api.security.Role;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.domain.NodeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorParserTest {

  @Test
  void readsACompany() {
    NodeSpec spec = DescriptorParser.parse("""
        kind: company
        code: YTRL
        parent: JDQY
        name: 烟台热力有限公司
        modules: [notices]
        settings:
          notices:
            defaultValidityDays: 30
        demo:
          accounts: 500
        users:
          - username: yt.admin
            displayName: 管理员
            role: company_admin
            initialPassword: "Yantai#Admin2026"
        """);
    assertEquals(NodeKind.COMPANY, spec.kind());
    assertEquals(List.of("notices"), spec.modules());
    assertEquals("30", spec.settings().get("notices").get("defaultValidityDays"));
    assertEquals(500, spec.demoAccounts());
    assertEquals(Role.COMPANY_ADMIN, spec.users().get(0).role());
    assertEquals("YTRL", spec.users().get(0).nodeCode());
  }

  @Test
  void reportsEveryProblemWithItsKey() {
    DescriptorException e = assertThrows(DescriptorException.class, () -> DescriptorParser.parse("""
        kind: planet
        name: [not, a, text]
        colour: red
        users:
          - username: x
            role: EMPEROR
            shoeSize: 42
        """));
    List<String> fields = e.fieldErrors().stream().map(f -> f.field()).toList();
    assertTrue(fields.containsAll(List.of("kind", "code", "name", "colour", "users[0].role", "users[0].shoeSize")), fields.toString());
  }

  @Test
  void refusesWhatIsNotAMappingOrNotYaml() {
    assertThrows(DescriptorException.class, () -> DescriptorParser.parse("- a\n- b\n"));
    assertThrows(DescriptorException.class, () -> DescriptorParser.parse("kind: [unclosed"));
    assertThrows(DescriptorException.class, () -> DescriptorParser.parse("a: &x [1]\nb: *x\nc: !!java.io.File /etc"));
  }
}
