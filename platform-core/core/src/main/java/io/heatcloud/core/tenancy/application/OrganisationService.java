package io.heatcloud.core.tenancy.application;

import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.customers.application.AccountService;
import io.heatcloud.core.migration.Changelogs;
import io.heatcloud.core.migration.SchemaMigrator;
import io.heatcloud.core.plugins.ModuleEnablement;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.plugins.TenantModuleStore;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.security.UserService;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.OrgTree;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeSource;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import io.heatcloud.core.tenancy.domain.TenantModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The organisation's use cases: create and change regions and companies (from the consoles, the
 * API and descriptors alike), enable modules, and the side-by-side overview of companies.
 */
@ApplicationScoped
public class OrganisationService {

  @Inject OrgDirectory directory;
  @Inject NodeSpecValidator validator;
  @Inject NodeStore nodes;
  @Inject CompanyProvisioner provisioner;
  @Inject UserService users;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;
  @Inject ModuleEnablement enablement;
  @Inject ModuleRegistry registry;
  @Inject TenantModuleStore moduleRows;
  @Inject AccountService accounts;
  @Inject SchemaMigrator migrator;

  /**
   * Creates a new region or company on behalf of a user.
   *
   * @param actor the user
   * @param spec the node
   * @param source console or API
   * @return the node as created
   * @throws ConflictException when the code is taken
   * @throws InvalidRequestException when the spec is invalid
   */
  public NodeView create(AuthenticatedUser actor, NodeSpec spec, NodeSource source) {
    if (spec.kind() == NodeKind.GROUP) {
      throw new InvalidRequestException("集团只能通过描述文件创建 / the group is created from its descriptor");
    }
    policy.check(
        actor,
        spec.kind() == NodeKind.REGION ? Operation.ORG_CREATE_REGION : Operation.ORG_CREATE_COMPANY,
        spec.parentCode());
    return ChangeLock.run(
        () -> {
          if (directory.tree().node(spec.code()).isPresent()) {
            throw new ConflictException("编码 " + spec.code() + " 已存在 / code " + spec.code() + " is taken");
          }
          return apply(spec, source, false);
        });
  }

  /**
   * Creates or changes a node as a spec describes it (descriptors are declarative: the company's
   * modules become exactly those listed). Users named in the spec are created when missing and
   * never changed.
   *
   * @param spec the node
   * @param source where the spec comes from
   * @param declarative whether unlisted modules are disabled
   * @return the node
   * @throws InvalidRequestException with every problem when the spec is invalid; nothing changed
   */
  public NodeView apply(NodeSpec spec, NodeSource source, boolean declarative) {
    return ChangeLock.run(
        () -> {
          OrgTree tree = directory.tree();
          List<FieldError> errors = validator.validate(spec, tree, users.existingUsernames());
          if (!errors.isEmpty()) {
            throw new InvalidRequestException(
                "描述无效 / invalid " + (spec.kind() == null ? "node" : spec.kind().name().toLowerCase())
                    + " " + spec.code() + ": " + summary(errors),
                errors);
          }
          boolean exists = tree.node(spec.code()).isPresent();
          if (!exists) {
            nodes.create(spec, source);
          } else if (nodes.describe(spec.code(), spec)) {
            audit.record("org.update", companyOf(spec), "node:" + spec.code(), AuditLog.SUCCESS, "renamed to " + spec.name());
          }
          directory.invalidate();
          NodeView node = directory.tree().node(spec.code()).orElseThrow();
          if (!exists) {
            audit.record(
                "org.create-" + spec.kind().name().toLowerCase(),
                companyOf(spec),
                "node:" + spec.code(),
                AuditLog.SUCCESS,
                spec.name() + " under " + spec.parentCode() + " (" + source + ")");
          }
          users.createMissing(spec.users(), node);
          if (spec.kind() == NodeKind.COMPANY) {
            if (!exists || node.status() == NodeStatus.FAILED || node.status() == NodeStatus.PROVISIONING) {
              provisioner.provision(node, spec);
            } else {
              provisioner.syncModules(node, spec, declarative);
            }
          }
          directory.invalidate();
          return directory.tree().node(spec.code()).orElseThrow();
        });
  }

  /**
   * Enables or disables a module for a company on behalf of a user.
   *
   * @param actor the user
   * @param companyCode the company
   * @param pluginId the module
   * @param enabled the new state
   */
  public void setModuleEnabled(
      AuthenticatedUser actor, String companyCode, String pluginId, boolean enabled) {
    requireCompany(companyCode);
    policy.check(actor, Operation.MODULES_ENABLE, companyCode);
    if (enabled) {
      enablement.enable(companyCode, pluginId);
    } else {
      enablement.disable(companyCode, pluginId);
    }
  }

  /**
   * Disables or re-activates a region or company.
   *
   * @param actor the user
   * @param code the node
   * @param active the new state
   */
  public void setActive(AuthenticatedUser actor, String code, boolean active) {
    NodeView node = directory.tree().node(code).orElseThrow(() -> new NotFoundException("节点不存在 / no such node: " + code));
    policy.check(actor, Operation.ORG_UPDATE, code);
    if (node.kind() == NodeKind.GROUP) {
      throw new InvalidRequestException("集团不能停用 / the group cannot be disabled");
    }
    if (!active && directory.tree().contains(code, actor.nodeCode())) {
      throw new UnprocessableException(
          "不能停用自己所属的节点 / you cannot disable the node you belong to");
    }
    if (node.status() == NodeStatus.PROVISIONING || node.status() == NodeStatus.FAILED) {
      throw new ConflictException("节点正在初始化或初始化失败 / the node is " + node.status());
    }
    nodes.changeStatus(code, active ? NodeStatus.ACTIVE : NodeStatus.DISABLED, null);
    directory.invalidate();
    registry.invalidate(code);
    audit.record(active ? "org.enable" : "org.disable", node.kind() == NodeKind.COMPANY ? code : null,
        "node:" + code, AuditLog.SUCCESS, null);
  }

  /**
   * Renames a node on behalf of a user.
   *
   * @param actor the user
   * @param code the node
   * @param name the Chinese name
   * @param nameEn the English name, may be null
   * @param city the city, may be null
   * @return the node
   */
  public NodeView rename(AuthenticatedUser actor, String code, String name, String nameEn, String city) {
    NodeView node = directory.tree().node(code).orElseThrow(() -> new NotFoundException("节点不存在 / no such node: " + code));
    policy.check(actor, Operation.ORG_UPDATE, code);
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 100) {
      errors.add(new FieldError("name", "名称必填，最多 100 字 / a name of at most 100 characters is required"));
    }
    if (nameEn != null && nameEn.length() > 100) {
      errors.add(new FieldError("nameEn", "英文名称最多 100 字 / at most 100 characters"));
    }
    if (city != null && city.length() > 50) {
      errors.add(new FieldError("city", "城市最多 50 字 / at most 50 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("名称无效 / invalid names", errors);
    }
    NodeSpec spec = new NodeSpec(node.kind(), code, node.parentCode(), name, nameEn, city, null, null, null, 0);
    if (nodes.describe(code, spec)) {
      directory.invalidate();
      audit.record("org.update", node.kind() == NodeKind.COMPANY ? code : null, "node:" + code, AuditLog.SUCCESS,
          "renamed to " + name);
    }
    return directory.tree().node(code).orElseThrow();
  }

  /**
   * The companies a user may see, side by side: accounts, users, enabled modules, schema version.
   * Each company is read in a transaction of its own.
   *
   * @param actor the user
   * @return one row per company, in tree order
   */
  public List<CompanyOverview> overview(AuthenticatedUser actor) {
    Map<Long, Long> userCounts = users.countByNode();
    Map<Long, List<TenantModule>> modulesByNode = new TreeMap<>();
    for (TenantModule row : moduleRows.all()) {
      modulesByNode.computeIfAbsent(row.getNodeId(), k -> new ArrayList<>()).add(row);
    }
    OrgTree tree = directory.tree();
    List<CompanyOverview> rows = new ArrayList<>();
    for (NodeView company : policy.nodesFor(actor, Operation.ORG_VIEW)) {
      if (company.kind() != NodeKind.COMPANY) {
        continue;
      }
      Long accountCount = null;
      String schemaVersion = null;
      if (company.status() == NodeStatus.ACTIVE || company.status() == NodeStatus.DISABLED) {
        accountCount = accounts.count(company.tenant());
        schemaVersion = migrator.version(company.schema(), Changelogs.CORE_TABLE);
      }
      List<CompanyOverview.ModuleState> modules = new ArrayList<>();
      for (TenantModule row : modulesByNode.getOrDefault(company.id(), List.of())) {
        if (row.isEnabled()) {
          modules.add(new CompanyOverview.ModuleState(
              row.getPluginId(),
              row.getMigratedVersion(),
              row.getSchemaVersion(),
              registry.module(row.getPluginId()).isPresent(),
              row.getMessage()));
        }
      }
      modules.sort(java.util.Comparator.comparing(CompanyOverview.ModuleState::pluginId));
      rows.add(new CompanyOverview(
          company,
          tree.node(company.parentCode()).orElse(null),
          accountCount,
          userCounts.getOrDefault(company.id(), 0L),
          modules,
          schemaVersion));
    }
    return rows;
  }

  private NodeView requireCompany(String code) {
    return directory.tree().node(code).filter(n -> n.kind() == NodeKind.COMPANY)
        .orElseThrow(() -> new NotFoundException("公司不存在 / no such company: " + code));
  }

  private static String companyOf(NodeSpec spec) {
    return spec.kind() == NodeKind.COMPANY ? spec.code() : null;
  }

  private static String summary(List<FieldError> errors) {
    StringBuilder text = new StringBuilder();
    for (FieldError error : errors) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(error.field()).append(": ").append(error.message());
    }
    return text.toString();
  }
}
