package io.heatcloud.web.faces;

import io.heatcloud.core.customers.application.AccountExport;
import io.heatcloud.core.customers.application.AccountQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Excel downloads of the consoles' lists. */
@Named
@RequestScoped
public class Exports {

  @Inject AccountExport accounts;

  /**
   * Sends the accounts of a search as an Excel file.
   *
   * @param query the search
   * @throws IOException when writing fails
   */
  public void accounts(AccountQuery query) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    start(external, "客户档案-" + LocalDate.now() + ".xlsx");
    try (OutputStream out = external.getResponseOutputStream()) {
      accounts.write(Faces.user(), query, out);
    }
    faces.responseComplete();
  }

  static void start(ExternalContext external, String fileName) {
    external.responseReset();
    external.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    external.setResponseHeader("Content-Disposition",
        "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
  }
}
