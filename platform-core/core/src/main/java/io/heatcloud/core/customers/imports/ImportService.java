package io.heatcloud.core.customers.imports;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.customers.application.ArchiveRules;
import io.heatcloud.core.customers.application.ArchiveService;
import io.heatcloud.core.customers.application.ArchiveService.Outcome;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.spreadsheets.SpreadsheetReader;
import io.heatcloud.core.spreadsheets.SpreadsheetWriter;
import io.heatcloud.core.spreadsheets.Table;
import io.heatcloud.core.tenancy.BoundTenant;
import io.heatcloud.core.tenancy.application.TenantTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Imports the customer archive from a spreadsheet: {@link #preview} checks every row and keeps
 * the file; {@link #start} writes the valid rows in the background, one transaction per row (a
 * bad row never undoes a good one), idempotently (the same file twice creates and changes
 * nothing the second time), and writes an Excel report of the rejected rows with their reasons.
 */
@ApplicationScoped
public class ImportService {

  /** The largest upload accepted. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(ImportService.class);

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  @Inject ArchiveService archive;
  @Inject TenantTransactions tx;
  @Inject AccessPolicy policy;
  @Inject PlatformConfig config;
  @Inject AuditLog audit;

  @Resource ManagedExecutorService executor;

  /**
   * The result of a check.
   *
   * @param job the import, ready to start
   * @param rows the first rows with their problems
   */
  public record Preview(ImportJobView job, List<RowCheck> rows) implements Serializable {}

  /**
   * One checked row.
   *
   * @param line the line in the file (the header is line 1)
   * @param premise community-building-unit-room
   * @param name the customer's name
   * @param problems what is wrong, empty when valid
   */
  public record RowCheck(int line, String premise, String name, List<String> problems) implements Serializable {

    /**
     * Whether the row is valid.
     *
     * @return true when it has no problems
     */
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * An import's state.
   *
   * @param id the id
   * @param fileName the file
   * @param status PREVIEWED, RUNNING, DONE or FAILED
   * @param totalRows data rows
   * @param validRows rows that passed the check
   * @param processedRows rows written or rejected so far
   * @param createdRows new accounts
   * @param updatedRows changed accounts
   * @param unchangedRows rows that were already so
   * @param rejectedRows rejected rows
   * @param hasReport whether a report of rejected rows can be downloaded
   * @param message a failure message
   * @param createdBy who
   * @param createdAt when
   */
  public record ImportJobView(long id, String fileName, String status, int totalRows, int validRows,
      int processedRows, int createdRows, int updatedRows, int unchangedRows, int rejectedRows, boolean hasReport,
      String message, String createdBy, Instant createdAt) implements Serializable {

    /**
     * Progress in percent.
     *
     * @return 0-100
     */
    public int percent() {
      return totalRows == 0 ? 100 : (int) Math.min(100, processedRows * 100L / totalRows);
    }
  }

  /**
   * Checks an upload and keeps it for {@link #start}.
   *
   * @param user the caller
   * @param fileName the file's name (.xlsx or .csv)
   * @param content its bytes
   * @return the check
   */
  public Preview preview(AuthenticatedUser user, String fileName, byte[] content) {
    BoundTenant tenant = company(user);
    if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      throw new InvalidRequestException("文件为空或超过 20 MB / the file is empty or larger than 20 MB");
    }
    Table table = SpreadsheetReader.read(fileName, content);
    ImportColumns columns = columns(table);
    Set<String> usageTypes = archive.usageTypeCodes(tenant);
    Set<String> communities = communityCodes(tenant);
    List<RowCheck> checks = new ArrayList<>();
    int valid = 0;
    for (int i = 0; i < table.rows().size(); i++) {
      RowCheck check = check(columns, table.rows().get(i), i + 2, usageTypes, communities);
      if (check.valid()) {
        valid++;
      }
      if (checks.size() < 100) {
        checks.add(check);
      }
    }
    String hash = sha256(content);
    String safeName = fileName.replaceAll("[^A-Za-z0-9._\\-\\u4e00-\\u9fa5]", "_");
    Path stored = folder(tenant).resolve(hash.substring(0, 16) + "-" + safeName);
    try {
      Files.write(stored, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int validRows = valid;
    ImportJob job = tx.call(tenant, () -> {
      ImportJob j = new ImportJob(fileName, hash, stored.toString(), table.rows().size(), validRows,
          user.username(), Instant.now());
      em.persist(j);
      em.flush();
      return j;
    });
    return new Preview(view(job), checks);
  }

  /**
   * Starts writing a checked import in the background.
   *
   * @param user the caller
   * @param id the import
   * @return its state
   */
  public ImportJobView start(AuthenticatedUser user, long id) {
    BoundTenant tenant = company(user);
    ImportJob job = tx.call(tenant, () -> {
      ImportJob j = find(id);
      if (ImportJob.RUNNING.equals(j.getStatus())) {
        throw new UnprocessableException("导入正在进行 / the import is running");
      }
      j.start();
      return j;
    });
    Caller caller = Caller.current();
    executor.submit(() -> Caller.as(caller, () -> {
      run(tenant, id, user.username());
      return null;
    }));
    audit.record("archive.import", tenant.code(), "import:" + id, AuditLog.SUCCESS, job.getFileName());
    return view(job);
  }

  /**
   * An import's state.
   *
   * @param user the caller
   * @param id the import
   * @return its state
   */
  public ImportJobView status(AuthenticatedUser user, long id) {
    BoundTenant tenant = company(user);
    return tx.call(tenant, () -> view(find(id)));
  }

  /**
   * The company's recent imports.
   *
   * @param user the caller
   * @return the last 20
   */
  public List<ImportJobView> recent(AuthenticatedUser user) {
    BoundTenant tenant = company(user);
    return tx.call(tenant, () -> em.createNamedQuery("ImportJob.findRecent", ImportJob.class).setMaxResults(20)
        .getResultList().stream().map(ImportService::view).toList());
  }

  /**
   * The report of rejected rows of a finished import.
   *
   * @param user the caller
   * @param id the import
   * @return the report file (.xlsx)
   */
  public Path report(AuthenticatedUser user, long id) {
    BoundTenant tenant = company(user);
    String path = tx.call(tenant, () -> find(id).getReportPath());
    if (path == null || !Files.exists(Path.of(path))) {
      throw new NotFoundException("报告尚未生成 / no report yet");
    }
    return Path.of(path);
  }

  /**
   * Writes a template file with the columns (and one example row).
   *
   * @param out where to
   */
  public static void template(OutputStream out) {
    List<String> titles = ImportColumns.TITLES.values().stream().map(t -> t.get(0)).toList();
    try (SpreadsheetWriter writer = new SpreadsheetWriter("导入模板", titles)) {
      String id = "37060219850101123";
      writer.row(List.of("XQ01", "幸福花园", "3", "2", "1102", "98.50", "92.00", "居民", "面积", "", "开", "张伟", "个人",
          "身份证", id + ArchiveRules.residentIdCheck(id), "13800001234"));
      writer.write(out);
    }
  }

  private void run(BoundTenant tenant, long id, String actor) {
    long start = System.nanoTime();
    ImportJob job = tx.callNew(tenant, () -> find(id));
    Path report = folder(tenant).resolve("report-" + id + ".xlsx");
    try {
      Table table = SpreadsheetReader.read(job.getFileName(), Files.readAllBytes(Path.of(job.getStoredPath())));
      ImportColumns columns = columns(table);
      Set<String> usageTypes = archive.usageTypeCodes(tenant);
      Set<String> communities = communityCodes(tenant);
      List<String> headers = new ArrayList<>(List.of("行号 / line", "原因 / reason"));
      headers.addAll(table.headers());
      int created = 0;
      int updated = 0;
      int unchanged = 0;
      int rejected = 0;
      try (SpreadsheetWriter rejects = new SpreadsheetWriter("未导入", headers)) {
        for (int i = 0; i < table.rows().size(); i++) {
          List<String> row = table.rows().get(i);
          RowCheck check = check(columns, row, i + 2, usageTypes, communities);
          String reason = check.valid() ? null : String.join("; ", check.problems());
          if (reason == null) {
            try {
              archive.ensureCommunity(tenant, columns.cell(row, "community"), columns.cell(row, "communityName"));
              Outcome outcome = archive.write(tenant, actor, columns.customer(row), columns.premise(row), false).outcome();
              switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
              }
            } catch (ProblemException e) {
              reason = describe(e);
            } catch (RuntimeException e) {
              reason = "写入失败 / could not be written: " + e.getMessage();
              LOG.warnf("import %d line %d failed: %s", id, i + 2, e);
            }
          }
          if (reason != null) {
            rejected++;
            List<Object> line = new ArrayList<>(List.of(i + 2, reason));
            line.addAll(row);
            rejects.row(line);
          }
          if ((i + 1) % 200 == 0 || i == table.rows().size() - 1) {
            progress(tenant, id, i + 1, created, updated, unchanged, rejected);
          }
        }
        try (OutputStream out = Files.newOutputStream(report)) {
          rejects.write(out);
        }
      }
      finish(tenant, id, ImportJob.DONE, report.toString(), null);
      LOG.infof("import %d of %s: %d rows in %d ms: %d created, %d updated, %d unchanged, %d rejected", id,
          tenant.code(), table.rows().size(), (System.nanoTime() - start) / 1_000_000, created, updated, unchanged,
          rejected);
    } catch (RuntimeException | IOException e) {
      LOG.errorf(e, "import %d of %s failed", id, tenant.code());
      finish(tenant, id, ImportJob.FAILED, null, e.getMessage());
    }
  }

  private void progress(BoundTenant tenant, long id, int processed, int created, int updated, int unchanged,
      int rejected) {
    tx.callNew(tenant, () -> {
      find(id).progress(processed, created, updated, unchanged, rejected);
      return null;
    });
  }

  private void finish(BoundTenant tenant, long id, String status, String report, String message) {
    tx.callNew(tenant, () -> {
      find(id).finish(status, report, message, Instant.now());
      return null;
    });
  }

  private static RowCheck check(ImportColumns columns, List<String> row, int line, Set<String> usageTypes,
      Set<String> communities) {
    List<FieldError> errors = new ArrayList<>();
    ArchiveRules.customer(columns.customer(row), "", errors);
    ArchiveRules.premise(columns.premise(row), usageTypes, "", errors);
    String community = columns.cell(row, "community");
    if (community != null && !communities.contains(community.trim().toUpperCase(java.util.Locale.ROOT))) {
      if (columns.cell(row, "communityName") == null) {
        errors.add(new FieldError("communityCode", "小区不存在，请填写小区名称以新建 / unknown community: give its name to create it"));
      } else {
        communities.add(community.trim().toUpperCase(java.util.Locale.ROOT));
      }
    }
    String premise = String.join("-", nz(columns.cell(row, "community")), nz(columns.cell(row, "building")),
        nz(columns.cell(row, "unit")), nz(columns.cell(row, "room")));
    return new RowCheck(line, premise, columns.cell(row, "name"),
        errors.stream().map(e -> label(e.field()) + ": " + e.message()).toList());
  }

  private static String label(String field) {
    String key = switch (field) {
      case "communityCode" -> "community";
      case "roomNo" -> "room";
      default -> field;
    };
    List<String> titles = ImportColumns.TITLES.get(key);
    return titles == null ? field : titles.get(0);
  }

  private static String describe(ProblemException e) {
    if (e.fieldErrors().isEmpty()) {
      return e.getMessage();
    }
    return e.fieldErrors().stream().map(f -> label(f.field().replaceFirst("^(customer|premise)\\.", "")) + ": " + f.message())
        .collect(Collectors.joining("; "));
  }

  private static ImportColumns columns(Table table) {
    try {
      return ImportColumns.of(table.headers());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage(), List.of(new FieldError("file", e.getMessage())));
    }
  }

  private Set<String> communityCodes(BoundTenant tenant) {
    return tx.call(tenant, () -> new java.util.HashSet<>(
        em.createQuery("SELECT c.code FROM Community c", String.class).getResultList()));
  }

  private ImportJob find(long id) {
    ImportJob job = em.find(ImportJob.class, id);
    if (job == null) {
      throw new NotFoundException("导入不存在 / no such import: " + id);
    }
    return job;
  }

  private BoundTenant company(AuthenticatedUser user) {
    if (user == null || user.tenantCode() == null) {
      policy.check(user, Operation.ACCOUNTS_MANAGE, null);
    }
    policy.check(user, Operation.ACCOUNTS_MANAGE, user.tenantCode());
    return user.tenant().orElseThrow();
  }

  private Path folder(BoundTenant tenant) {
    Path folder = config.filesDirectory().resolve(tenant.code()).resolve("imports");
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  private static ImportJobView view(ImportJob j) {
    return new ImportJobView(j.getId(), j.getFileName(), j.getStatus(), j.getTotalRows(), j.getValidRows(),
        j.getProcessedRows(), j.getCreatedRows(), j.getUpdatedRows(), j.getUnchangedRows(), j.getRejectedRows(),
        j.getReportPath() != null, j.getMessage(), j.getCreatedBy(), j.getCreatedAt());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nz(String text) {
    return text == null ? "?" : text;
  }
}
