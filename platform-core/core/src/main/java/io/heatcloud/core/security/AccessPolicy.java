package io.heatcloud.core.security;

import io.heatcloud.api.errors.AccessDeniedException;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.OrgTree;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Decides who may do what on which node, by the {@link AuthorisationMatrix}. The user's node comes
 * from the login; the target is the node acted on. Every denial is audited.
 */
@ApplicationScoped
public class AccessPolicy {

  private final AuthorisationMatrix matrix = AuthorisationMatrix.load();

  @Inject OrgDirectory directory;
  @Inject AuditLog audit;

  /**
   * Whether a user may do an operation on a node.
   *
   * @param user the user
   * @param operation the operation
   * @param targetCode the node acted on
   * @return true when allowed
   */
  public boolean allows(AuthenticatedUser user, Operation operation, String targetCode) {
    if (user == null || targetCode == null) {
      return false;
    }
    return allows(directory.tree(), user, operation, targetCode);
  }

  private boolean allows(
      OrgTree tree, AuthenticatedUser user, Operation operation, String targetCode) {
    if (tree.node(targetCode).isEmpty()) {
      return false;
    }
    return switch (matrix.scope(operation, user.role())) {
      case SUBTREE -> tree.contains(user.nodeCode(), targetCode);
      case SELF -> user.nodeCode().equals(targetCode);
      case NONE -> false;
    };
  }

  /**
   * Requires a permission, auditing and refusing when it is not held.
   *
   * @param user the user
   * @param operation the operation
   * @param targetCode the node acted on
   * @throws AccessDeniedException when not allowed
   */
  public void check(AuthenticatedUser user, Operation operation, String targetCode) {
    if (!allows(user, operation, targetCode)) {
      audit.record(
          operation.code(), null, "node:" + targetCode, AuditLog.DENIED, "not authorised");
      throw new AccessDeniedException(
          "无权执行此操作 / You are not allowed to do this (" + operation.code() + ")");
    }
  }

  /**
   * The nodes on which a user may do an operation.
   *
   * @param user the user
   * @param operation the operation
   * @return the nodes, in tree order
   */
  public List<NodeView> nodesFor(AuthenticatedUser user, Operation operation) {
    OrgTree tree = directory.tree();
    return tree.root().map(r -> tree.subtree(r.code())).orElse(List.of()).stream()
        .filter(n -> allows(tree, user, operation, n.code()))
        .toList();
  }

  /**
   * Whether the operation is granted to the user's role at all.
   *
   * @param user the user
   * @param operation the operation
   * @return true when the role has any scope for it
   */
  public boolean grantsAnywhere(AuthenticatedUser user, Operation operation) {
    return user != null && matrix.scope(operation, user.role()) != AuthorisationMatrix.Scope.NONE;
  }
}
