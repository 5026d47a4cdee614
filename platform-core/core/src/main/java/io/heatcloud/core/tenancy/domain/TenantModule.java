package io.heatcloud.core.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Whether a company enabled a module, and to which plugin version its tables are migrated. */
@Entity
@Table(schema = "platform", name = "tenant_module")
@IdClass(TenantModule.Key.class)
@NamedQuery(name = "TenantModule.findAll", query = "SELECT m FROM TenantModule m")
@NamedQuery(
    name = "TenantModule.findByNode",
    query = "SELECT m FROM TenantModule m WHERE m.nodeId = :nodeId")
@NamedQuery(
    name = "TenantModule.findEnabledByPlugin",
    query = "SELECT m FROM TenantModule m WHERE m.pluginId = :pluginId AND m.enabled = true")
public class TenantModule {

  @Id
  @Column(name = "node_id")
  private Long nodeId;

  @Id
  @Column(name = "plugin_id", length = 64)
  private String pluginId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "migrated_version", length = 32)
  private String migratedVersion;

  @Column(name = "schema_version", length = 200)
  private String schemaVersion;

  @Column private String message;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** For JPA. */
  protected TenantModule() {}

  /**
   * Creates the record of a company's module.
   *
   * @param nodeId the company's node id
   * @param pluginId the plugin id
   * @param enabled whether enabled
   * @param now the time
   */
  public TenantModule(Long nodeId, String pluginId, boolean enabled, Instant now) {
    this.nodeId = nodeId;
    this.pluginId = pluginId;
    this.enabled = enabled;
    this.updatedAt = now;
  }

  /**
   * Enables or disables the module.
   *
   * @param enabled the new state
   * @param now the time
   */
  public void setEnabled(boolean enabled, Instant now) {
    this.enabled = enabled;
    this.updatedAt = now;
  }

  /**
   * Records a migration of the module's tables.
   *
   * @param pluginVersion the plugin version migrated to
   * @param schemaVersion the last changeset applied
   * @param message a failure message, or null when it succeeded
   * @param now the time
   */
  public void migrated(String pluginVersion, String schemaVersion, String message, Instant now) {
    if (message == null) {
      this.migratedVersion = pluginVersion;
      this.schemaVersion = schemaVersion;
    }
    this.message = message;
    this.updatedAt = now;
  }

  public Long getNodeId() {
    return nodeId;
  }

  public String getPluginId() {
    return pluginId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getMigratedVersion() {
    return migratedVersion;
  }

  public String getSchemaVersion() {
    return schemaVersion;
  }

  public String getMessage() {
    return message;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long nodeId;
    private String pluginId;

    /** For JPA. */
    public Key() {}

    /**
     * Creates a key.
     *
     * @param nodeId the node id
     * @param pluginId the plugin id
     */
    public Key(Long nodeId, String pluginId) {
      this.nodeId = nodeId;
      this.pluginId = pluginId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(nodeId, k.nodeId)
          && java.util.Objects.equals(pluginId, k.pluginId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(nodeId, pluginId);
    }
  }
}
