package io.heatcloud.web.faces;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.customers.imports.ImportService;
import io.heatcloud.core.customers.imports.ImportService.ImportJobView;
import io.heatcloud.core.customers.imports.ImportService.Preview;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The import screen: upload a file, see every row checked, start the import, watch its progress,
 * download the report of rejected rows.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ImportService imports;

  private Preview preview;
  private ImportJobView job;

  /**
   * Checks an uploaded file.
   *
   * @param event the upload
   */
  public void upload(FileUploadEvent event) {
    try {
      preview = imports.preview(Faces.user(), event.getFile().getFileName(), event.getFile().getContent());
      job = preview.job();
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /** Starts the checked import. */
  public void start() {
    try {
      job = imports.start(Faces.user(), job.id());
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /** Reads the import's state again (polled while it runs). */
  public void refresh() {
    if (job != null) {
      job = imports.status(Faces.user(), job.id());
    }
  }

  /**
   * Sends the report of rejected rows.
   *
   * @throws IOException when writing fails
   */
  public void downloadReport() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    java.nio.file.Path report = imports.report(Faces.user(), job.id());
    Exports.start(external, "导入未成功行-" + job.id() + ".xlsx");
    try (OutputStream out = external.getResponseOutputStream()) {
      Files.copy(report, out);
    }
    faces.responseComplete();
  }

  /**
   * Sends the template.
   *
   * @throws IOException when writing fails
   */
  public void downloadTemplate() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Exports.start(external, "客户档案导入模板.xlsx");
    try (OutputStream out = external.getResponseOutputStream()) {
      ImportService.template(out);
    }
    faces.responseComplete();
  }

  /**
   * Whether the import is running.
   *
   * @return true while rows are being written
   */
  public boolean isRunning() {
    return job != null && "RUNNING".equals(job.status());
  }

  public Preview getPreview() {
    return preview;
  }

  public ImportJobView getJob() {
    return job;
  }

  /**
   * The company's recent imports.
   *
   * @return the last 20
   */
  public List<ImportJobView> getRecent() {
    return imports.recent(Faces.user());
  }
}
