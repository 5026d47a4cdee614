package io.heatcloud.core.plugins;

import io.heatcloud.api.module.PermissionDefinition;
import io.heatcloud.core.caching.CacheKey;
import io.heatcloud.core.caching.PlatformCache;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.TenantModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which modules a company has and what its users may do with them. The enabled modules of each
 * company and each user's permissions are cached under keys that carry the company; plugin and
 * enablement changes invalidate them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModuleRegistry {

  @Inject PluginHost host;
  @Inject PlatformCache cache;
  @Inject OrgDirectory directory;

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  /**
   * A loaded module.
   *
   * @param pluginId the id
   * @return the module, if loaded
   */
  public Optional<LoadedModule> module(String pluginId) {
    return host.module(pluginId);
  }

  /**
   * The ids of the modules a company enabled, loaded or not.
   *
   * @param companyCode the company
   * @return the ids
   */
  @SuppressWarnings("unchecked")
  public Set<String> enabledIds(String companyCode) {
    CacheKey key = new CacheKey(companyCode, "modules", "enabled");
    return cache.get(key, Set.class, () -> loadEnabled(companyCode));
  }

  private Set<String> loadEnabled(String companyCode) {
    Optional<NodeView> company = directory.tree().node(companyCode);
    if (company.isEmpty()) {
      return Set.of();
    }
    Set<String> ids = new TreeSet<>();
    for (TenantModule m :
        em.createNamedQuery("TenantModule.findByNode", TenantModule.class)
            .setParameter("nodeId", company.get().id())
            .getResultList()) {
      if (m.isEnabled()) {
        ids.add(m.getPluginId());
      }
    }
    return Set.copyOf(ids);
  }

  /**
   * Whether a company enabled a module.
   *
   * @param pluginId the module
   * @param companyCode the company
   * @return true when enabled (whether or not the plugin is loaded now)
   */
  public boolean isEnabled(String pluginId, String companyCode) {
    return enabledIds(companyCode).contains(pluginId);
  }

  /**
   * The loaded modules a company enabled, by id.
   *
   * @param companyCode the company
   * @return the modules
   */
  public List<LoadedModule> enabledModules(String companyCode) {
    List<LoadedModule> result = new ArrayList<>();
    for (String id : new TreeSet<>(enabledIds(companyCode))) {
      host.module(id).filter(m -> !m.isClosing()).ifPresent(result::add);
    }
    return result;
  }

  /**
   * A module a company may use now: loaded and enabled for it.
   *
   * @param pluginId the module
   * @param companyCode the company
   * @return the module, or empty (which callers answer with 404)
   */
  public Optional<LoadedModule> usableModule(String pluginId, String companyCode) {
    if (companyCode == null || !isEnabled(pluginId, companyCode)) {
      return Optional.empty();
    }
    return host.module(pluginId);
  }

  /**
   * The module permissions a user holds in their company.
   *
   * @param user the user
   * @return the permission codes; empty for users without a company
   */
  @SuppressWarnings("unchecked")
  public Set<String> permissionsOf(AuthenticatedUser user) {
    if (user.tenantCode() == null) {
      return Set.of();
    }
    CacheKey key = new CacheKey(user.tenantCode(), "permissions", user.username());
    return cache.get(
        key,
        Set.class,
        () -> {
          Set<String> granted = new HashSet<>();
          for (LoadedModule module : enabledModules(user.tenantCode())) {
            for (PermissionDefinition p : module.info().permissions()) {
              if (p.grantedTo().contains(user.role())) {
                granted.add(p.code());
              }
            }
          }
          return Set.copyOf(granted);
        });
  }

  /**
   * Drops the cached modules and permissions of a company.
   *
   * @param companyCode the company
   */
  public void invalidate(String companyCode) {
    cache.invalidateTenant(companyCode);
  }

  /** Drops the cached modules and permissions of every company (after plugin changes). */
  public void invalidateAll() {
    cache.invalidateRegion("modules");
    cache.invalidateRegion("permissions");
    cache.invalidateRegion("settings");
  }
}
