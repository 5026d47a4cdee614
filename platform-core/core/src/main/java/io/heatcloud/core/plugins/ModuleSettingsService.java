package io.heatcloud.core.plugins;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.module.ModuleSettings;
import io.heatcloud.api.module.SettingDefinition;
import io.heatcloud.core.caching.CacheKey;
import io.heatcloud.core.caching.PlatformCache;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.TenantSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Companies' values of module settings, with the modules' defaults. */
@ApplicationScoped
public class ModuleSettingsService {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject OrgDirectory directory;
  @Inject PlatformCache cache;

  /**
   * The settings of a module in a company.
   *
   * @param module the module
   * @param companyCode the company
   * @return the values, the company's where set, else the defaults
   */
  public ModuleSettings settingsOf(LoadedModule module, String companyCode) {
    Map<String, String> values = values(module.id(), companyCode);
    return key -> {
      SettingDefinition definition =
          module.info().settings().stream()
              .filter(s -> s.key().equals(key))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException(
                      "module " + module.id() + " defines no setting " + key));
      return values.getOrDefault(key, definition.defaultValue());
    };
  }

  /**
   * The values a company set for a module, without defaults.
   *
   * @param pluginId the module
   * @param companyCode the company
   * @return the values by key
   */
  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> values(String pluginId, String companyCode) {
    return cache.get(
        new CacheKey(companyCode, "settings", pluginId),
        Map.class,
        () -> {
          Optional<NodeView> company = directory.tree().node(companyCode);
          if (company.isEmpty()) {
            return Map.of();
          }
          Map<String, String> map = new HashMap<>();
          em.createNamedQuery("TenantSetting.findByNodeAndPlugin", TenantSetting.class)
              .setParameter("nodeId", company.get().id())
              .setParameter("pluginId", pluginId)
              .getResultList()
              .forEach(s -> map.put(s.getKey(), s.getValue()));
          return Map.copyOf(map);
        });
  }

  /**
   * Sets a company's value of a setting, checking it against the definition.
   *
   * @param module the module
   * @param company the company
   * @param key the setting
   * @param value the value
   * @throws InvalidRequestException when the module has no such setting or the value is invalid
   */
  @Transactional
  public void set(LoadedModule module, NodeView company, String key, String value) {
    SettingDefinition definition =
        module.info().settings().stream()
            .filter(s -> s.key().equals(key))
            .findFirst()
            .orElseThrow(
                () -> new InvalidRequestException(
                    "模块 " + module.id() + " 没有设置项 " + key + " / module " + module.id()
                        + " has no setting " + key));
    if (value == null || !definition.type().accepts(value) || value.length() > 500) {
      throw new InvalidRequestException(
          "设置项 " + key + " 的值无效 / invalid value for setting " + key + " (" + definition.type() + ")");
    }
    Instant now = Instant.now();
    TenantSetting setting =
        em.find(TenantSetting.class, new TenantSetting.Key(company.id(), module.id(), key));
    if (setting == null) {
      em.persist(new TenantSetting(company.id(), module.id(), key, value.trim(), now));
    } else {
      setting.change(value.trim(), now);
    }
    cache.invalidate(new CacheKey(company.code(), "settings", module.id()));
  }
}
