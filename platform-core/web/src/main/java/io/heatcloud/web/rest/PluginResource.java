package io.heatcloud.web.rest;

import io.heatcloud.api.errors.AccessDeniedException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.module.MenuItem;
import io.heatcloud.api.module.PermissionDefinition;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.PluginEvent;
import io.heatcloud.core.plugins.PluginHost;
import io.heatcloud.core.plugins.PluginRecord;
import io.heatcloud.core.plugins.PluginRegistryStore;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.web.rest.dto.PluginDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Plugin archives: list (group and regional administrators), install or upgrade by upload, and
 * remove (group administrators only). Upload the archive as {@code application/octet-stream}; a
 * refused archive gives 422 with the reason and changes nothing.
 */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

  @Inject PluginHost host;
  @Inject PluginRegistryStore registry;
  @Inject AccessPolicy policy;
  @Inject OrgDirectory directory;

  /**
   * Every plugin the platform knows, with its state.
   *
   * @return the plugins
   */
  @GET
  public List<PluginDto> list() {
    AuthenticatedUser user = CurrentUser.require();
    if (!policy.grantsAnywhere(user, Operation.MODULES_ENABLE)) {
      throw new AccessDeniedException("无权查看插件 / you may not list plugins");
    }
    return registry.all().stream().map(this::dto).toList();
  }

  /**
   * What happened to plugins lately.
   *
   * @return the events, newest first
   */
  @GET
  @Path("events")
  public List<PluginEvent> events() {
    requireManager();
    return host.recentEvents();
  }

  /**
   * Installs or upgrades a plugin.
   *
   * @param fileName the archive's original name, for messages
   * @param archive the archive
   * @return 201 with the plugin
   */
  @POST
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  public Response install(@HeaderParam("X-File-Name") String fileName, InputStream archive) {
    requireManager();
    LoadedModule module = host.installUpload(fileName == null ? "upload.jar" : fileName, archive);
    PluginRecord record =
        registry.all().stream().filter(r -> r.getPluginId().equals(module.id())).findFirst().orElseThrow();
    return Response.status(201).entity(dto(record)).build();
  }

  /**
   * Removes a plugin: its menus, endpoints and views go away; its data stays.
   *
   * @param pluginId the plugin
   * @return 204
   */
  @DELETE
  @Path("{pluginId}")
  public Response remove(@PathParam("pluginId") String pluginId) {
    requireManager();
    if (host.module(pluginId).isEmpty()) {
      throw new NotFoundException("插件未安装 / plugin " + pluginId + " is not installed");
    }
    host.remove(pluginId);
    return Response.noContent().build();
  }

  private void requireManager() {
    AuthenticatedUser user = CurrentUser.require();
    String root = directory.tree().root().map(n -> n.code()).orElse(null);
    policy.check(user, Operation.PLUGINS_MANAGE, root);
  }

  private PluginDto dto(PluginRecord r) {
    Optional<LoadedModule> module = host.module(r.getPluginId());
    return new PluginDto(
        r.getPluginId(),
        r.getVersion(),
        r.getState().name(),
        r.getNameZh(),
        r.getNameEn(),
        r.getRequires(),
        r.getArchive(),
        r.getMessage(),
        r.getUpdatedAt(),
        module.map(m -> m.info().menu().stream().map(MenuItem::view).toList()).orElse(List.of()),
        module.map(m -> m.info().permissions().stream().map(PermissionDefinition::code).toList()).orElse(List.of()));
  }
}
