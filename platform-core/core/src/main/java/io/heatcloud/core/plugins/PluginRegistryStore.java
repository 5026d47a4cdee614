package io.heatcloud.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The plugin registry table. */
@ApplicationScoped
@Transactional
public class PluginRegistryStore {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  /**
   * Records a plugin as active.
   *
   * @param module the loaded plugin
   */
  public void recordActive(LoadedModule module) {
    Instant now = Instant.now();
    PluginRecord record = em.find(PluginRecord.class, module.id());
    boolean created = record == null;
    if (created) {
      record = new PluginRecord(module.id(), now);
    }
    record.update(
        module.version(),
        module.archive().getFileName().toString(),
        module.requires(),
        module.info().name().zh(),
        module.info().name().en(),
        PluginState.ACTIVE,
        null,
        now);
    if (created) {
      em.persist(record);
    }
  }

  /**
   * Records that a plugin could not be started (only when no version of it is active).
   *
   * @param descriptor the archive's descriptor
   * @param message why
   */
  public void recordFailed(ArchiveDescriptor descriptor, String message) {
    Instant now = Instant.now();
    PluginRecord record = em.find(PluginRecord.class, descriptor.pluginId());
    boolean created = record == null;
    if (created) {
      record = new PluginRecord(descriptor.pluginId(), now);
    }
    record.update(
        descriptor.version(),
        descriptor.path().getFileName().toString(),
        descriptor.requires(),
        null,
        null,
        PluginState.FAILED,
        message,
        now);
    if (created) {
      em.persist(record);
    }
  }

  /**
   * Records a removal.
   *
   * @param pluginId the plugin
   * @param message why
   */
  public void recordRemoved(String pluginId, String message) {
    PluginRecord record = em.find(PluginRecord.class, pluginId);
    if (record != null) {
      record.changeState(PluginState.REMOVED, message, Instant.now());
    }
  }

  /**
   * Marks active rows of plugins that are not loaded as removed (their archive disappeared while
   * the platform was down).
   *
   * @param loaded the ids loaded now
   */
  public void markOthersRemoved(Set<String> loaded) {
    for (PluginRecord record : all()) {
      if (record.getState() == PluginState.ACTIVE && !loaded.contains(record.getPluginId())) {
        record.changeState(
            PluginState.REMOVED, "archive no longer in the plugins directory", Instant.now());
      }
    }
  }

  /**
   * Every registry row.
   *
   * @return the rows
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PluginRecord> all() {
    return em.createNamedQuery("PluginRecord.findAll", PluginRecord.class).getResultList();
  }


}
