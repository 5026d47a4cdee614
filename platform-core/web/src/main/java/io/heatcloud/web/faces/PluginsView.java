package io.heatcloud.web.faces;

import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.PluginEvent;
import io.heatcloud.core.plugins.PluginHost;
import io.heatcloud.core.plugins.PluginRecord;
import io.heatcloud.core.plugins.PluginRefusedException;
import io.heatcloud.core.plugins.PluginRegistryStore;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** Installed plugins; upload and removal for headquarters. */
@Named
@ViewScoped
public class PluginsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PluginHost host;
  @Inject transient PluginRegistryStore registry;
  @Inject transient AccessPolicy policy;
  @Inject transient OrgDirectory directory;

  private List<PluginRecord> plugins;

  @PostConstruct
  void init() {
    refresh();
  }

  /** Reads the registry again. */
  public void refresh() {
    plugins = registry.all();
  }

  /**
   * Installs an uploaded archive.
   *
   * @param event the upload
   */
  public void upload(FileUploadEvent event) {
    requireManager();
    try {
      LoadedModule module = host.installUpload(event.getFile().getFileName(), event.getFile().getInputStream());
      Faces.info("plugins.uploaded", module.id(), module.version());
    } catch (PluginRefusedException e) {
      Faces.error(e.getMessage());
    } catch (IOException e) {
      Faces.error(e.getMessage());
    }
    refresh();
  }

  /**
   * Removes a plugin.
   *
   * @param pluginId the plugin
   */
  public void remove(String pluginId) {
    requireManager();
    try {
      host.remove(pluginId);
      Faces.info("plugins.removed", pluginId);
    } catch (IllegalArgumentException e) {
      Faces.error(e.getMessage());
    }
    refresh();
  }

  /**
   * Whether the user installs and removes plugins (headquarters).
   *
   * @return true when allowed
   */
  public boolean isManager() {
    String root = directory.tree().root().map(NodeView::code).orElse(null);
    return policy.allows(Faces.user(), Operation.PLUGINS_MANAGE, root);
  }

  private void requireManager() {
    String root = directory.tree().root().map(NodeView::code).orElse(null);
    policy.check(Faces.user(), Operation.PLUGINS_MANAGE, root);
  }

  /**
   * Whether a plugin is loaded now.
   *
   * @param pluginId the plugin
   * @return true when loaded
   */
  public boolean loaded(String pluginId) {
    return host.module(pluginId).isPresent();
  }

  public List<PluginRecord> getPlugins() {
    return plugins;
  }

  public List<PluginEvent> getEvents() {
    return isManager() ? host.recentEvents() : List.of();
  }
}
