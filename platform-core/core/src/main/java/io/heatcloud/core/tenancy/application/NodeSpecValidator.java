package io.heatcloud.core.tenancy.application;

import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.api.module.SettingDefinition;
import io.heatcloud.api.security.Role;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.security.PasswordPolicy;
import io.heatcloud.core.security.UserSpec;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.OrgTree;
import io.heatcloud.core.tenancy.domain.NodeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link NodeSpec} completely before anything changes, and reports every problem with the
 * field it concerns, in Chinese and English.
 */
@ApplicationScoped
public class NodeSpecValidator {

  /** Node codes: 2-16 upper-case letters and digits, starting with a letter. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

  /** User names: 3-32 lower-case letters, digits, '.', '_' or '-', starting with a letter. */
  public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

  @Inject ModuleRegistry modules;
  @Inject PlatformConfig config;

  /**
   * Checks a spec against the current tree.
   *
   * @param spec the spec
   * @param tree the tree it would join (or change)
   * @param existingUsernames user names taken already
   * @return the problems; empty when valid
   */
  public List<FieldError> validate(NodeSpec spec, OrgTree tree, Set<String> existingUsernames) {
    List<FieldError> errors = new ArrayList<>();
    if (spec.kind() == null) {
      errors.add(new FieldError("kind", "必须是 group、region 或 company / must be group, region or company"));
      return errors;
    }
    if (spec.code() == null || !CODE.matcher(spec.code()).matches()) {
      errors.add(new FieldError("code",
          "编码须为 2-16 位大写字母或数字，以字母开头 / 2-16 upper-case letters or digits, starting with a letter"));
    }
    if (spec.name() == null || spec.name().isBlank() || spec.name().length() > 100) {
      errors.add(new FieldError("name", "名称必填，最多 100 字 / a name of at most 100 characters is required"));
    }
    if (spec.nameEn() != null && spec.nameEn().length() > 100) {
      errors.add(new FieldError("nameEn", "英文名称最多 100 字 / at most 100 characters"));
    }
    if (spec.city() != null && spec.city().length() > 50) {
      errors.add(new FieldError("city", "城市最多 50 字 / at most 50 characters"));
    }
    Optional<NodeView> existing = tree.node(spec.code());
    if (existing.isPresent() && existing.get().kind() != spec.kind()) {
      errors.add(new FieldError("code",
          "编码 " + spec.code() + " 已被一个" + existing.get().kind() + "使用 / code " + spec.code()
              + " already belongs to a " + existing.get().kind()));
    }
    validateParent(spec, tree, existing, errors);
    if (spec.kind() != NodeKind.COMPANY) {
      if (!spec.modules().isEmpty()) {
        errors.add(new FieldError("modules", "只有公司可以启用模块 / only companies enable modules"));
      }
      if (spec.demoAccounts() > 0) {
        errors.add(new FieldError("demo", "只有公司可以生成演示数据 / only companies have demo data"));
      }
    }
    validateModules(spec, errors);
    if (spec.demoAccounts() < 0 || spec.demoAccounts() > 2_000_000) {
      errors.add(new FieldError("demo.accounts", "演示账户数须在 0 到 2000000 之间 / between 0 and 2000000"));
    }
    validateUsers(spec, existingUsernames, errors);
    return errors;
  }

  private void validateParent(
      NodeSpec spec, OrgTree tree, Optional<NodeView> existing, List<FieldError> errors) {
    NodeKind parentKind = spec.kind().parentKind();
    if (parentKind == null) {
      if (spec.parentCode() != null) {
        errors.add(new FieldError("parent", "集团没有上级 / the group has no parent"));
      }
      Optional<NodeView> root = tree.root();
      if (root.isPresent() && !root.get().code().equals(spec.code())) {
        errors.add(new FieldError("code",
            "平台已有集团 " + root.get().code() + " / the platform already serves the group " + root.get().code()));
      }
      return;
    }
    Optional<NodeView> parent = tree.node(spec.parentCode());
    if (parent.isEmpty()) {
      errors.add(new FieldError("parent", "上级 " + spec.parentCode() + " 不存在 / parent " + spec.parentCode() + " does not exist"));
    } else if (parent.get().kind() != parentKind) {
      errors.add(new FieldError("parent",
          "上级必须是" + (parentKind == NodeKind.GROUP ? "集团" : "区域公司") + " / the parent must be a " + parentKind));
    } else if (existing.isPresent() && !spec.parentCode().equals(existing.get().parentCode())) {
      errors.add(new FieldError("parent",
          "不能移动已有节点 " + spec.code() + " / an existing node cannot move (it is under " + existing.get().parentCode() + ")"));
    }
  }

  private void validateModules(NodeSpec spec, List<FieldError> errors) {
    Set<String> named = new HashSet<>(spec.modules());
    for (String id : spec.modules()) {
      if (modules.module(id).isEmpty()) {
        errors.add(new FieldError("modules", "模块 " + id + " 未安装 / module " + id + " is not installed"));
      }
    }
    for (Map.Entry<String, Map<String, String>> entry : spec.settings().entrySet()) {
      String id = entry.getKey();
      if (!named.contains(id)) {
        errors.add(new FieldError("settings." + id, "模块 " + id + " 未启用 / module " + id + " is not in modules"));
        continue;
      }
      Optional<LoadedModule> module = modules.module(id);
      if (module.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, String> setting : entry.getValue().entrySet()) {
        Optional<SettingDefinition> definition =
            module.get().info().settings().stream().filter(s -> s.key().equals(setting.getKey())).findFirst();
        if (definition.isEmpty()) {
          errors.add(new FieldError("settings." + id + "." + setting.getKey(),
              "模块 " + id + " 没有此设置项 / module " + id + " has no such setting"));
        } else if (!definition.get().type().accepts(setting.getValue())) {
          errors.add(new FieldError("settings." + id + "." + setting.getKey(),
              "值须为 " + definition.get().type() + " / must be a " + definition.get().type()));
        }
      }
    }
  }

  private void validateUsers(NodeSpec spec, Set<String> existingUsernames, List<FieldError> errors) {
    PasswordPolicy policy = PasswordPolicy.forStaff(config.passwordMinLength());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < spec.users().size(); i++) {
      UserSpec user = spec.users().get(i);
      String field = "users[" + i + "]";
      if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
        errors.add(new FieldError(field + ".username",
            "用户名须为 3-32 位小写字母、数字或 . _ - / 3-32 lower-case letters, digits, '.', '_' or '-'"));
        continue;
      }
      if (!seen.add(user.username())) {
        errors.add(new FieldError(field + ".username", "用户名重复 / duplicate user name " + user.username()));
      }
      if (user.role() == null || !fits(user.role(), spec.kind())) {
        errors.add(new FieldError(field + ".role",
            "角色与节点级别不符 / role " + user.role() + " does not fit a " + spec.kind()));
      }
      if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 100) {
        errors.add(new FieldError(field + ".displayName", "姓名必填 / a display name is required"));
      }
      if (!existingUsernames.contains(user.username())) {
        for (String problem : policy.violations(user.initialPassword(), user.username())) {
          errors.add(new FieldError(field + ".initialPassword", problem));
        }
      }
    }
  }

  /**
   * Whether a role may be bound to a node of a kind.
   *
   * @param role the role
   * @param kind the node's kind
   * @return true when it fits
   */
  public static boolean fits(Role role, NodeKind kind) {
    return switch (role) {
      case GROUP_ADMIN -> kind == NodeKind.GROUP;
      case REGIONAL_ADMIN -> kind == NodeKind.REGION;
      case COMPANY_ADMIN, COMPANY_OPERATOR -> kind == NodeKind.COMPANY;
      case AUDITOR -> true;
    };
  }
}
