package io.heatcloud.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.heatcloud.api.security.Role;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AuthorisationMatrixTest {

  @Test
  void theShippedMatrixRulesOnEveryOperationAndRole() {
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    assertEquals(AuthorisationMatrix.Scope.SUBTREE, matrix.scope(Operation.PLUGINS_MANAGE, Role.GROUP_ADMIN));
    assertEquals(AuthorisationMatrix.Scope.NONE, matrix.scope(Operation.PLUGINS_MANAGE, Role.REGIONAL_ADMIN));
    assertEquals(AuthorisationMatrix.Scope.SELF, matrix.scope(Operation.ACCOUNTS_VIEW, Role.COMPANY_OPERATOR));
    assertEquals(AuthorisationMatrix.Scope.NONE, matrix.scope(Operation.AUDIT_VIEW, Role.GROUP_ADMIN),
        "administrators do not read the audit log: separation of duties");
  }

  @Test
  void anIncompleteMatrixIsRefused() {
    String csv = "operation,GROUP_ADMIN,REGIONAL_ADMIN,COMPANY_ADMIN,COMPANY_OPERATOR,AUDITOR\norg.view,subtree,subtree,self,self,subtree\n";
    assertThrows(IllegalStateException.class, () -> AuthorisationMatrix.parse(new BufferedReader(new StringReader(csv))));
  }
}
