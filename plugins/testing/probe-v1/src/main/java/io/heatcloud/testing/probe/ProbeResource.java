package io.heatcloud.testing.probe;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.InvalidRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** {@code /api/modules/probe}: the probe's items and what the platform gave it. */
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

  private final ModuleContext context;

  /**
   * Creates the resource.
   *
   * @param context the request's context
   */
  public ProbeResource(ModuleContext context) {
    this.context = context;
  }

  /**
   * What the probe sees.
   *
   * @return version, tenant, user, and whether it runs with its own class loader
   */
  @GET
  @Path("info")
  public Map<String, Object> info() {
    return Map.of(
        "version", ProbeInfo.version(),
        "tenant", context.tenant().code(),
        "user", context.user().map(u -> u.username()).orElse(""),
        "contextClassLoaderIsPlugin",
        Thread.currentThread().getContextClassLoader() == ProbeResource.class.getClassLoader());
  }

  /**
   * The items.
   *
   * @return every item
   */
  @GET
  @Path("items")
  public List<ProbeItem> items() {
    context.requirePermission("probe.use");
    return context.inTransaction(em ->
        em.createQuery("SELECT i FROM ProbeItem i ORDER BY i.id", ProbeItem.class).getResultList());
  }

  /**
   * Adds an item.
   *
   * @param body {@code {"name": ...}}
   * @return the item
   */
  @POST
  @Path("items")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProbeItem add(Map<String, String> body) {
    context.requirePermission("probe.use");
    String name = body == null ? null : body.get("name");
    if (name == null || name.isBlank()) {
      throw new InvalidRequestException("name is required");
    }
    return context.inTransaction(em -> {
      ProbeItem item = new ProbeItem(name);
      em.persist(item);
      return item;
    });
  }
}
