package io.heatcloud.core.security;

import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.api.security.Role;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.NodeSpecValidator;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.OrgNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Staff users: creation, listing within the caller's reach, unlock, enable/disable, passwords. */
@ApplicationScoped
@Transactional
public class UserService {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject ApiTokenService tokens;
  @Inject PasswordHasher hasher;
  @Inject PlatformConfig config;
  @Inject OrgDirectory directory;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;

  /**
   * Creates the users of a spec that do not exist yet (descriptors, provisioning). Existing users
   * are left alone: their passwords are never reset from a file.
   *
   * @param specs the users, already validated
   * @param node the node they are bound to
   */
  public void createMissing(List<UserSpec> specs, NodeView node) {
    Set<String> existing = existingUsernames();
    for (UserSpec spec : specs) {
      if (!existing.contains(spec.username())) {
        persist(spec, node);
        audit.record("users.create", tenantOf(node), "user:" + spec.username(), AuditLog.SUCCESS,
            spec.role() + " at " + node.code());
      }
    }
  }

  /**
   * Creates a user on behalf of an administrator.
   *
   * @param actor the administrator
   * @param spec the user
   * @return the new user's view
   */
  public UserView create(AuthenticatedUser actor, UserSpec spec) {
    NodeView node =
        directory.tree().node(spec.nodeCode())
            .orElseThrow(() -> new InvalidRequestException("节点不存在 / no such node: " + spec.nodeCode(),
                List.of(new FieldError("nodeCode", "no such node"))));
    policy.check(actor, Operation.USERS_MANAGE, node.code());
    List<FieldError> errors = new ArrayList<>();
    if (spec.username() == null || !NodeSpecValidator.USERNAME.matcher(spec.username()).matches()) {
      errors.add(new FieldError("username",
          "用户名须为 3-32 位小写字母、数字或 . _ - / 3-32 lower-case letters, digits, '.', '_' or '-'"));
    }
    if (spec.displayName() == null || spec.displayName().isBlank() || spec.displayName().length() > 100) {
      errors.add(new FieldError("displayName", "姓名必填 / a display name is required"));
    }
    if (spec.role() == null || !NodeSpecValidator.fits(spec.role(), node.kind())) {
      errors.add(new FieldError("role", "角色与节点级别不符 / the role does not fit the node"));
    } else if (!grantable(actor.role()).contains(spec.role())) {
      errors.add(new FieldError("role", "无权授予此角色 / you cannot grant this role"));
    }
    for (String problem : PasswordPolicy.forStaff(config.passwordMinLength())
        .violations(spec.initialPassword(), spec.username())) {
      errors.add(new FieldError("initialPassword", problem));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("用户信息无效 / invalid user", errors);
    }
    if (existingUsernames().contains(spec.username())) {
      throw new ConflictException("用户名已存在 / the user name is taken");
    }
    AppUser user = persist(spec, node);
    audit.record("users.create", tenantOf(node), "user:" + spec.username(), AuditLog.SUCCESS,
        spec.role() + " at " + node.code());
    return view(user, Instant.now());
  }

  /**
   * The users an administrator may see.
   *
   * @param actor the administrator
   * @return the users, by name
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UserView> list(AuthenticatedUser actor) {
    Set<String> visible = new HashSet<>();
    policy.nodesFor(actor, Operation.USERS_VIEW).forEach(n -> visible.add(n.code()));
    Instant now = Instant.now();
    return em.createNamedQuery("AppUser.findAll", AppUser.class).getResultList().stream()
        .filter(u -> visible.contains(u.getNode().getCode()))
        .map(u -> view(u, now))
        .toList();
  }

  /**
   * Lifts a lockout.
   *
   * @param actor the administrator
   * @param userId the user
   */
  public void unlock(AuthenticatedUser actor, long userId) {
    AppUser user = manageable(actor, userId);
    user.unlock(Instant.now());
    audit.record("users.unlock", tenantOf(user), "user:" + user.getUsername(), AuditLog.SUCCESS, null);
  }

  /**
   * Enables or disables a user.
   *
   * @param actor the administrator
   * @param userId the user
   * @param enabled the state
   */
  public void setEnabled(AuthenticatedUser actor, long userId, boolean enabled) {
    AppUser user = manageable(actor, userId);
    if (user.getId() == actor.id()) {
      throw new InvalidRequestException("不能停用自己 / you cannot disable yourself");
    }
    user.setEnabled(enabled, Instant.now());
    if (!enabled) {
      tokens.forgetUser(user.getId());
    }
    audit.record(enabled ? "users.enable" : "users.disable", tenantOf(user),
        "user:" + user.getUsername(), AuditLog.SUCCESS, null);
  }

  /**
   * Changes the caller's own password after checking the current one.
   *
   * @param actor the user
   * @param current the current password
   * @param next the new password
   */
  public void changeOwnPassword(AuthenticatedUser actor, char[] current, String next) {
    AppUser user = em.find(AppUser.class, actor.id());
    if (user == null || !hasher.verify(current, user.getPasswordHash())) {
      audit.record("users.password", actor.tenantCode(), "user:" + actor.username(), AuditLog.FAILURE,
          "wrong current password");
      throw new InvalidRequestException("当前密码不正确 / the current password is wrong",
          List.of(new FieldError("currentPassword", "wrong")));
    }
    List<String> problems =
        PasswordPolicy.forStaff(config.passwordMinLength()).violations(next, actor.username());
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("; ", problems),
          problems.stream().map(p -> new FieldError("newPassword", p)).toList());
    }
    user.changePassword(hasher.hash(next.toCharArray()), Instant.now());
    audit.record("users.password", actor.tenantCode(), "user:" + actor.username(), AuditLog.SUCCESS, null);
  }

  /**
   * The user names in use.
   *
   * @return the names
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> existingUsernames() {
    return new HashSet<>(
        em.createQuery("SELECT u.username FROM AppUser u", String.class).getResultList());
  }

  /**
   * The number of users per node.
   *
   * @return counts by node id
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Long> countByNode() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : em.createNamedQuery("AppUser.countByNode", Object[].class).getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  /**
   * The roles an administrator may grant.
   *
   * @param role the administrator's role
   * @return the roles
   */
  public static Set<Role> grantable(Role role) {
    return switch (role) {
      case GROUP_ADMIN -> EnumSet.allOf(Role.class);
      case REGIONAL_ADMIN -> EnumSet.of(Role.REGIONAL_ADMIN, Role.COMPANY_ADMIN, Role.COMPANY_OPERATOR, Role.AUDITOR);
      case COMPANY_ADMIN -> EnumSet.of(Role.COMPANY_ADMIN, Role.COMPANY_OPERATOR);
      default -> EnumSet.noneOf(Role.class);
    };
  }

  private AppUser manageable(AuthenticatedUser actor, long userId) {
    AppUser user = em.find(AppUser.class, userId);
    if (user == null || !policy.allows(actor, Operation.USERS_VIEW, user.getNode().getCode())) {
      throw new NotFoundException("用户不存在 / no such user");
    }
    policy.check(actor, Operation.USERS_MANAGE, user.getNode().getCode());
    return user;
  }

  private AppUser persist(UserSpec spec, NodeView node) {
    OrgNode orgNode = em.getReference(OrgNode.class, node.id());
    AppUser user =
        new AppUser(
            spec.username(),
            spec.displayName().trim(),
            hasher.hash(spec.initialPassword().toCharArray()),
            spec.role(),
            orgNode,
            Instant.now());
    em.persist(user);
    return user;
  }

  private static UserView view(AppUser u, Instant now) {
    return new UserView(
        u.getId(),
        u.getUsername(),
        u.getDisplayName(),
        u.getRole(),
        u.getNode().getCode(),
        u.getNode().getName(),
        u.isEnabled(),
        u.isLocked(now),
        u.getFailedAttempts(),
        u.getLastLoginAt());
  }

  private static String tenantOf(NodeView node) {
    return node.kind() == NodeKind.COMPANY ? node.code() : null;
  }

  private static String tenantOf(AppUser user) {
    return user.getNode().getKind() == NodeKind.COMPANY ? user.getNode().getCode() : null;
  }
}
