package io.heatcloud.core.tenancy.application;

import io.heatcloud.core.customers.application.DemoArchive;
import io.heatcloud.core.migration.Changelogs;
import io.heatcloud.core.migration.SchemaMigrator;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleEnablement;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.plugins.ModuleSettingsService;
import io.heatcloud.core.plugins.PluginHost;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Makes a company's schema ready: creates it, runs the core changelog and the changelogs of the
 * modules it enables, applies module settings and demo data, and calls the modules' hooks.
 */
@ApplicationScoped
public class CompanyProvisioner {

  private static final Logger LOG = Logger.getLogger(CompanyProvisioner.class);

  @Inject SchemaMigrator migrator;
  @Inject NodeStore nodes;
  @Inject OrgDirectory directory;
  @Inject ModuleEnablement enablement;
  @Inject ModuleRegistry registry;
  @Inject ModuleSettingsService settings;
  @Inject PluginHost host;
  @Inject DemoArchive demo;

  /**
   * Provisions a new company (or retries a failed one). The caller holds the change lock.
   *
   * @param company the company, in status PROVISIONING or FAILED
   * @param spec what it asked for
   * @throws ProvisioningException when a step fails; the company is then FAILED with the message
   */
  public void provision(NodeView company, NodeSpec spec) {
    long start = System.nanoTime();
    try {
      migrator.migrate(
          company.schema(), Changelogs.TENANT_CORE, getClass().getClassLoader(), Changelogs.CORE_TABLE);
      nodes.changeStatus(company.code(), NodeStatus.ACTIVE, null);
      directory.invalidate();
      NodeView active = directory.tree().node(company.code()).orElseThrow();
      if (spec.demoAccounts() > 0) {
        demo.generate(active, spec.demoAccounts(), spec.demoSeed());
      }
      syncModules(active, spec, false);
      for (LoadedModule module : host.modules()) {
        enablement.hook(module, active, (hook, context) -> hook.tenantCreated(context), "tenantCreated");
      }
      LOG.infof("company %s provisioned in %d ms", company.code(), (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      String message = e.getMessage();
      nodes.changeStatus(company.code(), NodeStatus.FAILED, message);
      directory.invalidate();
      throw new ProvisioningException(
          "公司 " + company.code() + " 已创建，但初始化失败 / company " + company.code()
              + " was created but its schema could not be prepared: " + message, e);
    }
  }

  /** Orders module ids so that a module comes after the modules it requires. */
  private List<String> requiredFirst(java.util.Collection<String> ids) {
    List<String> ordered = new java.util.ArrayList<>();
    for (String id : new java.util.TreeSet<>(ids)) {
      placeAfterRequirements(id, ids, ordered, new HashSet<>());
    }
    return ordered;
  }

  private void placeAfterRequirements(String id, java.util.Collection<String> ids, List<String> ordered,
      Set<String> visiting) {
    if (ordered.contains(id) || !visiting.add(id)) {
      return;
    }
    registry.module(id).ifPresent(m -> m.info().requiredModules().stream().filter(ids::contains)
        .forEach(required -> placeAfterRequirements(required, ids, ordered, visiting)));
    ordered.add(id);
  }

  /**
   * Brings a company's modules and settings in line with a spec: enables the listed modules,
   * disables the others when asked to, and sets the listed settings.
   *
   * @param company the company
   * @param spec the spec
   * @param disableUnlisted whether modules not listed are disabled (descriptors are declarative)
   */
  public void syncModules(NodeView company, NodeSpec spec, boolean disableUnlisted) {
    Set<String> wanted = new HashSet<>(spec.modules());
    for (String id : requiredFirst(spec.modules())) {
      enablement.enable(company.code(), id);
    }
    if (disableUnlisted) {
      List<String> unlisted = requiredFirst(registry.enabledIds(company.code()).stream()
          .filter(id -> !wanted.contains(id)).toList());
      for (int i = unlisted.size() - 1; i >= 0; i--) {
        enablement.disable(company.code(), unlisted.get(i));
      }
    }
    for (Map.Entry<String, Map<String, String>> entry : spec.settings().entrySet()) {
      LoadedModule module = registry.module(entry.getKey()).orElseThrow();
      for (Map.Entry<String, String> setting : entry.getValue().entrySet()) {
        settings.set(module, company, setting.getKey(), setting.getValue());
      }
    }
  }

  /**
   * Brings an existing company's schema up to date: the core changelog and every enabled module's
   * changelog (at boot, after an upgrade of the platform).
   *
   * @param company the company
   */
  public void migrate(NodeView company) {
    migrator.migrate(
        company.schema(), Changelogs.TENANT_CORE, getClass().getClassLoader(), Changelogs.CORE_TABLE);
    enablement.migrateCompany(company);
  }
}
