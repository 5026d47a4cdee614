package io.heatcloud.core.plugins;

import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.api.lifecycle.ModuleLifecycle;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.migration.Changelogs;
import io.heatcloud.core.migration.MigrationResult;
import io.heatcloud.core.migration.SchemaMigrator;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.ChangeLock;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Enables and disables modules per company. Enabling runs the module's Liquibase changelog in the
 * company's schema (with the module's own changelog table) before the module is served there;
 * disabling hides it and leaves its tables and data in place.
 */
@ApplicationScoped
public class ModuleEnablement {

  private static final Logger LOG = Logger.getLogger(ModuleEnablement.class);

  @Inject ModuleRegistry registry;
  @Inject TenantModuleStore store;
  @Inject SchemaMigrator migrator;
  @Inject OrgDirectory directory;
  @Inject ModuleContexts contexts;
  @Inject AuditLog audit;

  /**
   * Enables a module for a company and migrates its tables there.
   *
   * @param companyCode the company
   * @param pluginId the module
   * @throws NotFoundException when the company does not exist
   * @throws UnprocessableException when the module is not installed, the company not active or a
   *     module it requires not enabled
   */
  public void enable(String companyCode, String pluginId) {
    ChangeLock.run(
        () -> {
          NodeView company = company(companyCode);
          LoadedModule module =
              registry
                  .module(pluginId)
                  .orElseThrow(
                      () -> new UnprocessableException(
                          "模块 " + pluginId + " 未安装 / module " + pluginId + " is not installed"));
          for (String required : module.info().requiredModules()) {
            if (!registry.isEnabled(required, companyCode)) {
              throw new UnprocessableException("模块 " + pluginId + " 需要先启用模块 " + required
                  + " / module " + pluginId + " requires module " + required + " to be enabled first");
            }
          }
          boolean wasEnabled = registry.isEnabled(pluginId, companyCode);
          migrate(module, company);
          store.setEnabled(company.id(), pluginId, true);
          registry.invalidate(companyCode);
          if (!wasEnabled) {
            audit.record("modules.enable", companyCode, "module:" + pluginId, AuditLog.SUCCESS,
                "enabled " + pluginId + " " + module.version());
          }
          hook(module, company, ModuleLifecycle::enabled, "enabled");
          return null;
        });
  }

  /**
   * Disables a module for a company.
   *
   * @param companyCode the company
   * @param pluginId the module
   */
  public void disable(String companyCode, String pluginId) {
    ChangeLock.run(
        () -> {
          NodeView company = company(companyCode);
          if (!registry.isEnabled(pluginId, companyCode)) {
            return null;
          }
          for (LoadedModule other : registry.enabledModules(companyCode)) {
            if (other.info().requiredModules().contains(pluginId)) {
              throw new UnprocessableException("模块 " + other.id() + " 依赖模块 " + pluginId + "，请先停用它 / module "
                  + other.id() + " requires " + pluginId + ": disable it first");
            }
          }
          store.setEnabled(company.id(), pluginId, false);
          registry.invalidate(companyCode);
          audit.record("modules.disable", companyCode, "module:" + pluginId, AuditLog.SUCCESS,
              "disabled " + pluginId);
          registry.module(pluginId)
              .ifPresent(m -> hook(m, company, ModuleLifecycle::disabled, "disabled"));
          return null;
        });
  }

  /**
   * Migrates a newly loaded (or upgraded) module in every company that enabled it, one schema
   * after another, and calls its {@code enabled} hook there. A failure in one company is recorded
   * on that company's module row and does not stop the others.
   *
   * @param module the module
   */
  public void migrateEverywhere(LoadedModule module) {
    for (NodeView company : directory.tree().all()) {
      if (company.kind() == NodeKind.COMPANY
          && company.status() == NodeStatus.ACTIVE
          && registry.isEnabled(module.id(), company.code())) {
        try {
          migrate(module, company);
          hook(module, company, ModuleLifecycle::enabled, "enabled");
        } catch (RuntimeException e) {
          LOG.errorf("migrating %s in %s failed: %s", module.id(), company.code(), e.getMessage());
        }
      }
    }
  }

  /**
   * Migrates every enabled, loaded module of a company (at boot and after provisioning).
   *
   * @param company the company
   */
  public void migrateCompany(NodeView company) {
    for (LoadedModule module : registry.enabledModules(company.code())) {
      try {
        migrate(module, company);
      } catch (RuntimeException e) {
        LOG.errorf("migrating %s in %s failed: %s", module.id(), company.code(), e.getMessage());
      }
    }
  }

  /**
   * Calls a lifecycle hook of a module for a company, logging and auditing a failure.
   *
   * @param module the module
   * @param company the company
   * @param hook the hook
   * @param name the hook's name, for messages
   */
  public void hook(
      LoadedModule module,
      NodeView company,
      BiConsumer<ModuleLifecycle, io.heatcloud.api.context.ModuleContext> hook,
      String name) {
    List<ModuleLifecycle> hooks = module.lifecycles();
    if (hooks.isEmpty()) {
      return;
    }
    var context = contexts.create(module, company, null, null);
    for (ModuleLifecycle lifecycle : hooks) {
      try {
        ModuleCalls.run(module, name, () -> hook.accept(lifecycle, context));
      } catch (RuntimeException e) {
        LOG.errorf(e, "hook %s of %s failed in %s", name, module.id(), company.code());
        audit.record("plugin.hook-failed", company.code(), "plugin:" + module.id(),
            AuditLog.FAILURE, name + ": " + e.getMessage());
      }
    }
  }

  private void migrate(LoadedModule module, NodeView company) {
    if (module.persistence().isEmpty()) {
      store.recordMigration(company.id(), module.id(), module.version(), null, null);
      return;
    }
    String changelog = module.persistence().get().changelog();
    try {
      MigrationResult result =
          migrator.migrate(
              company.schema(), changelog, module.classLoader(), Changelogs.pluginTable(module.id()));
      store.recordMigration(
          company.id(), module.id(), module.version(), result.lastChangeSet(), null);
    } catch (RuntimeException e) {
      store.recordMigration(company.id(), module.id(), module.version(), null, e.getMessage());
      throw e;
    }
  }

  private NodeView company(String code) {
    NodeView node =
        directory
            .tree()
            .node(code)
            .filter(n -> n.kind() == NodeKind.COMPANY)
            .orElseThrow(() -> new NotFoundException("公司不存在 / no such company: " + code));
    if (node.status() != NodeStatus.ACTIVE) {
      throw new UnprocessableException(
          "公司 " + code + " 当前不可用（" + node.status() + "）/ company " + code + " is " + node.status());
    }
    return node;
  }
}
