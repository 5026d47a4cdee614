package io.heatcloud.core.plugins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The registry row of a plugin: the version installed, its archive and its state. */
@Entity
@Table(schema = "platform", name = "plugin")
@NamedQuery(name = "PluginRecord.findAll", query = "SELECT p FROM PluginRecord p ORDER BY p.pluginId")
public class PluginRecord {

  @Id
  @Column(name = "plugin_id", length = 64)
  private String pluginId;

  @Column(nullable = false, length = 32)
  private String version;

  @Column(length = 255)
  private String archive;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PluginState state;

  @Column private String message;

  @Column(name = "name_zh", length = 100)
  private String nameZh;

  @Column(name = "name_en", length = 100)
  private String nameEn;

  @Column(length = 64)
  private String requires;

  @Column(name = "installed_at", nullable = false)
  private Instant installedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** For JPA. */
  protected PluginRecord() {}

  /**
   * Creates the row of a newly installed plugin.
   *
   * @param pluginId the id
   * @param now the time
   */
  public PluginRecord(String pluginId, Instant now) {
    this.pluginId = pluginId;
    this.installedAt = now;
  }

  /**
   * Records the installed version.
   *
   * @param version the version
   * @param archive the archive's file name
   * @param requires the API versions it requires
   * @param nameZh its Chinese name
   * @param nameEn its English name
   * @param state its state
   * @param message a message for failures
   * @param now the time
   */
  public void update(
      String version,
      String archive,
      String requires,
      String nameZh,
      String nameEn,
      PluginState state,
      String message,
      Instant now) {
    this.version = version;
    this.archive = archive;
    this.requires = requires;
    if (nameZh != null) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }
    this.state = state;
    this.message = message;
    this.updatedAt = now;
  }

  /**
   * Changes the state only.
   *
   * @param state the state
   * @param message why
   * @param now the time
   */
  public void changeState(PluginState state, String message, Instant now) {
    this.state = state;
    this.message = message;
    this.updatedAt = now;
  }

  public String getPluginId() {
    return pluginId;
  }

  public String getVersion() {
    return version;
  }

  public String getArchive() {
    return archive;
  }

  public PluginState getState() {
    return state;
  }

  public String getMessage() {
    return message;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getRequires() {
    return requires;
  }

  public Instant getInstalledAt() {
    return installedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
