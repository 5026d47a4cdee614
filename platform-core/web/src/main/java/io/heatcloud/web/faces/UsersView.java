package io.heatcloud.web.faces;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.api.security.Role;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.security.UserService;
import io.heatcloud.core.security.UserSpec;
import io.heatcloud.core.security.UserView;
import io.heatcloud.core.tenancy.NodeView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The users an administrator manages: list, create, unlock, disable, enable. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient UserService users;
  @Inject transient AccessPolicy policy;

  private List<UserView> rows;
  private String username;
  private String displayName;
  private Role role;
  private String nodeCode;
  private String initialPassword;

  @PostConstruct
  void init() {
    refresh();
  }

  /** Reads the users again. */
  public void refresh() {
    rows = users.list(Faces.user());
  }

  /** Creates the user of the dialog. */
  public void create() {
    try {
      users.create(Faces.user(), new UserSpec(
          username == null ? null : username.trim().toLowerCase(), displayName, role, nodeCode, initialPassword));
      Faces.info("users.created", username);
      initialPassword = null;
      refresh();
      org.primefaces.PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /**
   * Lifts a lockout.
   *
   * @param row the user
   */
  public void unlock(UserView row) {
    act(() -> users.unlock(Faces.user(), row.id()), row);
  }

  /**
   * Enables or disables a user.
   *
   * @param row the user
   * @param enabled the new state
   */
  public void setEnabled(UserView row, boolean enabled) {
    act(() -> users.setEnabled(Faces.user(), row.id(), enabled), row);
  }

  private void act(Runnable action, UserView row) {
    try {
      action.run();
      Faces.info("users.updated", row.username());
    } catch (ProblemException e) {
      Faces.problem(e);
    }
    refresh();
  }

  /**
   * Whether the user may change a listed user.
   *
   * @param row the user
   * @return true when allowed
   */
  public boolean canManage(UserView row) {
    return policy.allows(Faces.user(), Operation.USERS_MANAGE, row.nodeCode());
  }

  /**
   * The roles the administrator may grant.
   *
   * @return the roles
   */
  public List<Role> getRoles() {
    return UserService.grantable(Faces.user().role()).stream().sorted().toList();
  }

  /**
   * The nodes the administrator may put users on.
   *
   * @return the nodes
   */
  public List<NodeView> getNodes() {
    return policy.nodesFor(Faces.user(), Operation.USERS_MANAGE);
  }

  public List<UserView> getRows() {
    return rows;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public void setNodeCode(String nodeCode) {
    this.nodeCode = nodeCode;
  }

  public String getInitialPassword() {
    return null;
  }

  public void setInitialPassword(String initialPassword) {
    this.initialPassword = initialPassword;
  }
}
