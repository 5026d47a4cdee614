package io.heatcloud.core.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last processing of a descriptor file in the tenants directory: its content hash (an unchanged
 * file is not applied again, so console changes survive restarts) and whether it was applied or
 * rejected, with the reason.
 */
@Entity
@Table(schema = "platform", name = "descriptor_file")
@NamedQuery(name = "DescriptorFile.findAll", query = "SELECT d FROM DescriptorFile d ORDER BY d.path")
public class DescriptorFile {

  /** The outcome of processing a file. */
  public enum Status {
    /** The descriptor was valid and the tree now matches it. */
    APPLIED,
    /** The descriptor was refused; nothing changed. */
    REJECTED
  }

  @Id
  @Column(length = 500)
  private String path;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column private String message;

  @Column(name = "node_code", length = 16)
  private String nodeCode;

  @Column(name = "processed_at", nullable = false)
  private Instant processedAt;

  /** For JPA. */
  protected DescriptorFile() {}

  /**
   * Creates the record of a file.
   *
   * @param path the file's path relative to the tenants directory
   */
  public DescriptorFile(String path) {
    this.path = path;
  }

  /**
   * Records an outcome.
   *
   * @param contentHash SHA-256 of the content
   * @param status applied or rejected
   * @param message the reason of a rejection, or null
   * @param nodeCode the node the file describes, if known
   * @param now the time
   */
  public void record(
      String contentHash, Status status, String message, String nodeCode, Instant now) {
    this.contentHash = contentHash;
    this.status = status;
    this.message = message;
    this.nodeCode = nodeCode;
    this.processedAt = now;
  }

  public String getPath() {
    return path;
  }

  public String getContentHash() {
    return contentHash;
  }

  public Status getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public Instant getProcessedAt() {
    return processedAt;
  }
}
