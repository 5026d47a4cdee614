package io.heatcloud.web.rest;

import io.heatcloud.api.errors.AccessDeniedException;
import io.heatcloud.core.collection.CollectionReport;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.api.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/org/collection}: collection rate and arrears ageing of every company the caller may
 * see, side by side (headquarters: all; a regional company: its own), as JSON or Excel.
 */
@Path("org/collection")
@RequestScoped
public class CollectionResource {

  @Inject CollectionReport report;
  @Context HttpHeaders headers;

  /**
   * The figures.
   *
   * @param season a season code (e.g. 2025-2026); each company's latest season when absent
   * @return one row per company
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<CollectionReport.Row> rows(@jakarta.ws.rs.QueryParam("season") String season) {
    return report.table(console(), locale(), season).rows();
  }

  /**
   * The seasons the visible companies bill.
   *
   * @return season codes, newest first
   */
  @GET
  @Path("seasons")
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> seasons() {
    return report.table(console(), locale(), null).seasons();
  }

  /**
   * The figures as an Excel workbook.
   *
   * @param season a season code, or absent for each company's latest
   * @return the .xlsx file
   */
  @GET
  @Path("export")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response export(@jakarta.ws.rs.QueryParam("season") String season) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.export(console(), locale(), season, out);
    return Response.ok(out.toByteArray()).header("Content-Disposition", "attachment; filename=\"collection.xlsx\"").build();
  }

  private static AuthenticatedUser console() {
    AuthenticatedUser user = CurrentUser.require();
    if (user.role() != Role.GROUP_ADMIN && user.role() != Role.REGIONAL_ADMIN) {
      throw new AccessDeniedException("只有集团和区域公司可查看 / only headquarters and regional companies see this");
    }
    return user;
  }

  private Locale locale() {
    return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
  }
}
