package io.heatcloud.core.plugins;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.ServiceContribution;
import io.heatcloud.api.context.TenantInfo;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.exports.SpreadsheetExport;
import io.heatcloud.api.jobs.BatchJobs;
import io.heatcloud.api.persistence.BulkCopy;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.customers.application.AccountService;
import io.heatcloud.core.jobs.batch.BatchJobService;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.OrgTree;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;

/** Creates the {@link ModuleContext}s passed to plugin code. */
@ApplicationScoped
public class ModuleContexts {

  @Inject ModuleTransactions transactions;
  @Inject ModuleSettingsService settings;
  @Inject AuditLog audit;
  @Inject ModuleRegistry registry;
  @Inject OrgDirectory directory;
  @Inject AccountService accounts;
  @Inject BatchJobService batchJobs;
  @Inject ModuleBulkCopy bulkCopy;
  @Inject io.heatcloud.core.config.PlatformConfig config;

  /**
   * A context for a company.
   *
   * @param module the module called
   * @param company the company served
   * @param user the user, or null for jobs and hooks
   * @param locale the user's locale, or null
   * @return the context
   */
  public ModuleContext create(
      LoadedModule module, NodeView company, AuthenticatedUser user, Locale locale) {
    OrgTree tree = directory.tree();
    String region = company.parentCode();
    String group = tree.node(region).map(NodeView::parentCode).orElse(null);
    boolean enabled = registry.isEnabled(module.id(), company.code());
    return new DefaultModuleContext(
        module,
        new TenantInfo(company.code(), company.name(), region, group),
        company,
        user,
        locale,
        enabled,
        this);
  }

  <T> T service(Class<T> type, LoadedModule module, NodeView company, AuthenticatedUser user, Locale locale) {
    if (type == AccountDirectory.class) {
      return type.cast(accounts.directory(company.tenant()));
    }
    if (type == BatchJobs.class) {
      return type.cast(batchJobs.forModule(module, company));
    }
    if (type == SpreadsheetExport.class) {
      return type.cast(new io.heatcloud.core.spreadsheets.PluginSpreadsheetExport());
    }
    if (type == io.heatcloud.api.exports.SpreadsheetImport.class) {
      return type.cast(new io.heatcloud.core.spreadsheets.PluginSpreadsheetImport());
    }
    if (type == io.heatcloud.api.exports.PdfExport.class) {
      return type.cast(new io.heatcloud.core.documents.PdfDocuments());
    }
    if (type == BulkCopy.class) {
      return type.cast(bulkCopy.forModule(module, company.tenant()));
    }
    return moduleService(type, module, company, user, locale);
  }

  /**
   * A service offered by another module the company enabled.
   */
  private <T> T moduleService(Class<T> type, LoadedModule caller, NodeView company, AuthenticatedUser user,
      Locale locale) {
    List<T> found = moduleServices(type, caller, company, user, locale);
    if (found.isEmpty()) {
      throw new io.heatcloud.api.errors.UnprocessableException("本公司没有启用提供 " + type.getSimpleName()
          + " 的模块 / no module enabled for " + company.code() + " offers " + type.getName());
    }
    return found.get(0);
  }

  /**
   * Every implementation of a service interface offered by the modules a company enabled, each as a
   * proxy that runs its calls in the providing plugin (its class loader, counted as a call in flight
   * so that an unload waits for it).
   *
   * @param type the interface
   * @param caller the calling module, or null for the platform (it never receives its own services)
   * @param company the company
   * @param user the user, or null
   * @param locale the locale, or null
   * @param <T> the type
   * @return the implementations, in module id order
   */
  public <T> List<T> moduleServices(Class<T> type, LoadedModule caller, NodeView company, AuthenticatedUser user,
      Locale locale) {
    List<T> found = new java.util.ArrayList<>();
    for (LoadedModule provider : registry.enabledModules(company.code())) {
      if (provider == caller) {
        continue;
      }
      for (ServiceContribution<?> contribution : provider.services()) {
        if (contribution.type() != type) {
          continue;
        }
        ModuleContext providerContext = create(provider, company, user, locale);
        Object target = ModuleCalls.call(provider, "service " + type.getSimpleName(),
            () -> contribution.create(providerContext));
        InvocationHandler handler = (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
          }
          provider.enter();
          try {
            return ModuleCalls.call(provider, type.getSimpleName() + "." + method.getName(), () -> {
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                  throw cause;
                }
                throw e;
              }
            });
          } finally {
            provider.exit();
          }
        };
        found.add(type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler)));
      }
    }
    return found;
  }

}
