package io.heatcloud.core.plugins;

import io.heatcloud.core.tenancy.domain.TenantModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The table of companies' modules. */
@ApplicationScoped
@Transactional
public class TenantModuleStore {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  /**
   * Enables or disables a module for a company, creating the row when needed.
   *
   * @param nodeId the company
   * @param pluginId the module
   * @param enabled the state
   */
  public void setEnabled(Long nodeId, String pluginId, boolean enabled) {
    row(nodeId, pluginId).setEnabled(enabled, Instant.now());
  }

  /**
   * Records a migration of a module in a company.
   *
   * @param nodeId the company
   * @param pluginId the module
   * @param pluginVersion the plugin version
   * @param schemaVersion the last changeset
   * @param failure the failure message, or null
   */
  public void recordMigration(
      Long nodeId, String pluginId, String pluginVersion, String schemaVersion, String failure) {
    row(nodeId, pluginId).migrated(pluginVersion, schemaVersion, failure, Instant.now());
  }

  /**
   * The module rows of a company.
   *
   * @param nodeId the company
   * @return its rows
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TenantModule> ofCompany(Long nodeId) {
    return em.createNamedQuery("TenantModule.findByNode", TenantModule.class)
        .setParameter("nodeId", nodeId)
        .getResultList();
  }

  /**
   * Every module row.
   *
   * @return the rows
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TenantModule> all() {
    return em.createNamedQuery("TenantModule.findAll", TenantModule.class).getResultList();
  }

  private TenantModule row(Long nodeId, String pluginId) {
    TenantModule row = em.find(TenantModule.class, new TenantModule.Key(nodeId, pluginId));
    if (row == null) {
      row = new TenantModule(nodeId, pluginId, false, Instant.now());
      em.persist(row);
    }
    return row;
  }
}
