package io.heatcloud.plugins.payments.rest;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.plugins.payments.application.OnlineService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/public/modules/{company}/payments/notify/{gateway}}: gateways' asynchronous
 * notifications. No login: the gateway module verifies each notification's signature, timestamp
 * and nonce before anything is posted; a refused one gets 401, a processed one the gateway's
 * acknowledgement.
 */
public class NotificationResource {

  private final ModuleContext context;

  /**
   * Creates the resource for one request.
   *
   * @param context the company of the path, without a user
   */
  public NotificationResource(ModuleContext context) {
    this.context = context;
  }

  /**
   * Receives a notification.
   *
   * @param gateway the gateway's id
   * @param headers the request's headers
   * @param body the raw body, as signed
   * @return the acknowledgement
   */
  @POST
  @Path("notify/{gateway}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.TEXT_PLAIN)
  public String notify(@PathParam("gateway") String gateway, @Context HttpHeaders headers, String body) {
    Map<String, String> lower = new HashMap<>();
    headers.getRequestHeaders().forEach((name, values) -> {
      if (!values.isEmpty()) {
        lower.put(name.toLowerCase(Locale.ROOT), values.get(0));
      }
    });
    return new OnlineService(context).notified(gateway, lower, body == null ? "" : body);
  }
}
