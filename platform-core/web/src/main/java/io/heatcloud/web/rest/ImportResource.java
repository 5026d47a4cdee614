package io.heatcloud.web.rest;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.core.customers.application.AccountExport;
import io.heatcloud.core.customers.application.AccountQuery;
import io.heatcloud.core.customers.imports.ImportService;
import io.heatcloud.core.customers.imports.ImportService.ImportJobView;
import io.heatcloud.core.customers.imports.ImportService.Preview;
import io.heatcloud.core.security.AuthenticatedUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * Imports and exports of the customer archive: upload a file (.xlsx or .csv) as {@code
 * application/octet-stream} with its name in {@code X-File-Name} to get a preview, start it, poll
 * its state, download the report of rejected rows; export a search to Excel.
 */
@Path("")
@RequestScoped
public class ImportResource {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ImportService imports;
  @Inject AccountExport export;
  @Inject io.heatcloud.core.customers.application.AccountService accounts;

  /**
   * Checks an upload.
   *
   * @param fileName the file's name
   * @param content the file
   * @return 201 with the preview
   * @throws IOException when the upload cannot be read
   */
  @POST
  @Path("imports")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Produces(MediaType.APPLICATION_JSON)
  public Response preview(@HeaderParam("X-File-Name") String fileName, InputStream content) throws IOException {
    if (fileName == null || fileName.isBlank()) {
      throw new InvalidRequestException("缺少文件名 / send the file's name in X-File-Name");
    }
    byte[] bytes = content.readNBytes(ImportService.MAX_BYTES + 1);
    Preview preview = imports.preview(CurrentUser.require(), fileName, bytes);
    return Response.status(201).entity(preview).build();
  }

  /**
   * Starts a checked import.
   *
   * @param id the import
   * @return 202 with its state
   */
  @POST
  @Path("imports/{id}/start")
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("id") long id) {
    return Response.accepted(imports.start(CurrentUser.require(), id)).build();
  }

  /**
   * An import's state.
   *
   * @param id the import
   * @return its state
   */
  @GET
  @Path("imports/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public ImportJobView status(@PathParam("id") long id) {
    return imports.status(CurrentUser.require(), id);
  }

  /**
   * Recent imports.
   *
   * @return the last 20
   */
  @GET
  @Path("imports")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ImportJobView> recent() {
    return imports.recent(CurrentUser.require());
  }

  /**
   * The report of rejected rows.
   *
   * @param id the import
   * @return the Excel file
   */
  @GET
  @Path("imports/{id}/report")
  @Produces(XLSX)
  public Response report(@PathParam("id") long id) {
    java.nio.file.Path file = imports.report(CurrentUser.require(), id);
    StreamingOutput body = out -> Files.copy(file, out);
    return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected.xlsx\"").build();
  }

  /**
   * The import template.
   *
   * @return an Excel file with the columns and an example row
   */
  @GET
  @Path("imports/template")
  @Produces(XLSX)
  public Response template() {
    CurrentUser.require();
    StreamingOutput body = ImportService::template;
    return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"import-template.xlsx\"").build();
  }

  /**
   * Exports a search of accounts (same parameters as {@code GET /api/accounts}).
   *
   * @param text a number prefix, name prefix, phone or address fragment
   * @param number an account number prefix
   * @param name a customer name prefix
   * @param phone a complete phone number
   * @param address an address fragment
   * @param status ACTIVE or CLOSED
   * @return the Excel file
   */
  @GET
  @Path("accounts/export")
  @Produces(XLSX)
  public Response exportAccounts(@QueryParam("q") String text, @QueryParam("number") String number,
      @QueryParam("name") String name, @QueryParam("phone") String phone, @QueryParam("address") String address,
      @QueryParam("status") String status) {
    AuthenticatedUser user = CurrentUser.require();
    AccountQuery query = new AccountQuery(text, number, name, phone, address, status);
    accounts.search(user, query, 0, 1); // refuses callers without access before the download starts
    StreamingOutput body = out -> export.write(user, query, out);
    return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"accounts.xlsx\"").build();
  }
}
