package io.heatcloud.core.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A company's value of one module setting. */
@Entity
@Table(schema = "platform", name = "tenant_setting")
@IdClass(TenantSetting.Key.class)
@NamedQuery(
    name = "TenantSetting.findByNodeAndPlugin",
    query = "SELECT s FROM TenantSetting s WHERE s.nodeId = :nodeId AND s.pluginId = :pluginId")
public class TenantSetting {

  @Id
  @Column(name = "node_id")
  private Long nodeId;

  @Id
  @Column(name = "plugin_id", length = 64)
  private String pluginId;

  @Id
  @Column(name = "setting_key", length = 64)
  private String key;

  @Column(name = "setting_value", nullable = false, length = 500)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** For JPA. */
  protected TenantSetting() {}

  /**
   * Creates a setting value.
   *
   * @param nodeId the company
   * @param pluginId the module
   * @param key the setting key
   * @param value the value
   * @param now the time
   */
  public TenantSetting(Long nodeId, String pluginId, String key, String value, Instant now) {
    this.nodeId = nodeId;
    this.pluginId = pluginId;
    this.key = key;
    this.value = value;
    this.updatedAt = now;
  }

  /**
   * Changes the value.
   *
   * @param value the value
   * @param now the time
   */
  public void change(String value, Instant now) {
    this.value = value;
    this.updatedAt = now;
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long nodeId;
    private String pluginId;
    private String key;

    /** For JPA. */
    public Key() {}

    /**
     * Creates a key.
     *
     * @param nodeId the node
     * @param pluginId the plugin
     * @param key the setting
     */
    public Key(Long nodeId, String pluginId, String key) {
      this.nodeId = nodeId;
      this.pluginId = pluginId;
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(nodeId, k.nodeId)
          && Objects.equals(pluginId, k.pluginId)
          && Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(nodeId, pluginId, key);
    }
  }
}
