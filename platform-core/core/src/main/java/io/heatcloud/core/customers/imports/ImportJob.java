package io.heatcloud.core.customers.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An import of the customer archive (table {@code import_job} of the company's schema). */
@Entity
@Table(name = "import_job")
@NamedQuery(name = "ImportJob.findRecent", query = "SELECT j FROM ImportJob j ORDER BY j.id DESC")
public class ImportJob {

  /** Checked, waiting to be started. */
  public static final String PREVIEWED = "PREVIEWED";

  /** Writing rows. */
  public static final String RUNNING = "RUNNING";

  /** Finished; the counts and the report are final. */
  public static final String DONE = "DONE";

  /** Stopped by an error; the message says which. */
  public static final String FAILED = "FAILED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "file_hash", nullable = false, length = 64)
  private String fileHash;

  @Column(name = "stored_path", nullable = false, length = 500)
  private String storedPath;

  @Column(nullable = false, length = 12)
  private String status;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "valid_rows", nullable = false)
  private int validRows;

  @Column(name = "processed_rows", nullable = false)
  private int processedRows;

  @Column(name = "created_rows", nullable = false)
  private int createdRows;

  @Column(name = "updated_rows", nullable = false)
  private int updatedRows;

  @Column(name = "unchanged_rows", nullable = false)
  private int unchangedRows;

  @Column(name = "rejected_rows", nullable = false)
  private int rejectedRows;

  @Column(name = "report_path", length = 500)
  private String reportPath;

  @Column private String message;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** For JPA. */
  protected ImportJob() {}

  /**
   * Records a checked upload.
   *
   * @param fileName the name the user gave
   * @param fileHash SHA-256 of the content
   * @param storedPath where the file is kept
   * @param totalRows data rows
   * @param validRows rows that passed the checks
   * @param createdBy who
   * @param now the time
   */
  public ImportJob(String fileName, String fileHash, String storedPath, int totalRows, int validRows,
      String createdBy, Instant now) {
    this.fileName = fileName;
    this.fileHash = fileHash;
    this.storedPath = storedPath;
    this.totalRows = totalRows;
    this.validRows = validRows;
    this.status = PREVIEWED;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void start() {
    status = RUNNING;
    processedRows = 0;
    createdRows = 0;
    updatedRows = 0;
    unchangedRows = 0;
    rejectedRows = 0;
  }

  void progress(int processed, int created, int updated, int unchanged, int rejected) {
    this.processedRows = processed;
    this.createdRows = created;
    this.updatedRows = updated;
    this.unchangedRows = unchanged;
    this.rejectedRows = rejected;
  }

  void finish(String status, String reportPath, String message, Instant now) {
    this.status = status;
    this.reportPath = reportPath;
    this.message = message;
    this.finishedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFileHash() {
    return fileHash;
  }

  public String getStoredPath() {
    return storedPath;
  }

  public String getStatus() {
    return status;
  }

  public int getTotalRows() {
    return totalRows;
  }

  public int getValidRows() {
    return validRows;
  }

  public int getProcessedRows() {
    return processedRows;
  }

  public int getCreatedRows() {
    return createdRows;
  }

  public int getUpdatedRows() {
    return updatedRows;
  }

  public int getUnchangedRows() {
    return unchangedRows;
  }

  public int getRejectedRows() {
    return rejectedRows;
  }

  public String getReportPath() {
    return reportPath;
  }

  public String getMessage() {
    return message;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
