package io.heatcloud.core.tenancy.descriptors;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.application.OrganisationService;
import io.heatcloud.core.tenancy.domain.DescriptorFile;
import io.heatcloud.core.tenancy.domain.NodeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Watches the tenants directory: applies every descriptor that is new or changed since it was last
 * processed (by content hash), parents before children, and records the outcome per file. A broken
 * descriptor is rejected with its reasons and changes nothing; an unchanged file is never applied
 * again, so changes made in the consoles survive restarts. Deleting a file deletes nothing.
 */
@ApplicationScoped
public class DescriptorService {

  private static final Logger LOG = Logger.getLogger(DescriptorService.class);

  @Inject PlatformConfig config;
  @Inject OrganisationService organisation;
  @Inject DescriptorStore store;
  @Inject AuditLog audit;

  private final Map<Path, Long> pendingSizes = new HashMap<>();

  /**
   * Scans the directory once.
   *
   * @param boot true at start-up: files are taken as they are, without waiting for them to settle
   * @return the number of descriptors applied
   */
  public synchronized int scan(boolean boot) {
    Path root = config.tenantsDirectory();
    if (!Files.isDirectory(root)) {
      return 0;
    }
    // at start-up, rejected files are retried (what they need may exist now)
    Map<String, String> known = store.hashes(boot);
    List<Pending> changed = new ArrayList<>();
    for (Path file : files(root)) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      byte[] bytes;
      try {
        long size = Files.size(file);
        Long previous = pendingSizes.put(file, size);
        bytes = Files.readAllBytes(file);
        String hash = sha256(bytes);
        if (hash.equals(known.get(relative))) {
          pendingSizes.remove(file);
          continue;
        }
        if (!boot && (previous == null || previous != size)) {
          continue; // wait one scan for the file to settle
        }
        pendingSizes.remove(file);
        changed.add(new Pending(relative, hash, bytes));
      } catch (IOException e) {
        LOG.warnf("cannot read %s: %s", file, e);
      }
    }
    List<Parsed> parsed = new ArrayList<>();
    for (Pending pending : changed) {
      try {
        String text =
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(pending.bytes())).toString();
        parsed.add(new Parsed(pending, DescriptorParser.parse(text)));
      } catch (CharacterCodingException e) {
        reject(pending, null, "文件不是 UTF-8 编码 / the file is not UTF-8");
      } catch (DescriptorException e) {
        reject(pending, null, e.getMessage());
      }
    }
    parsed.sort(Comparator.comparing((Parsed p) -> p.spec().kind().ordinal()).thenComparing(p -> p.pending().path()));
    int applied = 0;
    for (Parsed p : parsed) {
      long start = System.nanoTime();
      try {
        organisation.apply(p.spec(), NodeSource.DESCRIPTOR, true);
        store.record(p.pending().path(), p.pending().hash(), DescriptorFile.Status.APPLIED, null, p.spec().code());
        audit.record("descriptor.apply", null, "file:" + p.pending().path(), AuditLog.SUCCESS,
            p.spec().kind() + " " + p.spec().code());
        LOG.infof("descriptor %s applied: %s %s (%d ms)", p.pending().path(), p.spec().kind(),
            p.spec().code(), (System.nanoTime() - start) / 1_000_000);
        applied++;
      } catch (ProblemException e) {
        reject(p.pending(), p.spec().code(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.errorf(e, "descriptor %s could not be applied", p.pending().path());
        store.record(p.pending().path(), p.pending().hash(), DescriptorFile.Status.REJECTED,
            String.valueOf(e.getMessage()), p.spec().code());
      }
    }
    return applied;
  }

  /**
   * The users with an initial password in the directory's descriptors, for the demo banner.
   *
   * @return "user / password (role at node)" lines
   */
  public List<String> demoAccounts() {
    List<String> lines = new ArrayList<>();
    Path root = config.tenantsDirectory();
    for (Path file : files(root)) {
      try {
        NodeSpec spec = DescriptorParser.parse(Files.readString(file));
        spec.users().forEach(u -> lines.add(String.format("%-22s %-20s %s @ %s",
            u.username(), u.initialPassword(), u.role(), spec.code())));
      } catch (IOException | RuntimeException e) {
        // a broken file is reported by scan()
      }
    }
    return lines;
  }

  private void reject(Pending pending, String code, String message) {
    LOG.errorf("descriptor %s rejected, nothing changed: %s", pending.path(), message);
    store.record(pending.path(), pending.hash(), DescriptorFile.Status.REJECTED, message, code);
    audit.record("descriptor.reject", null, "file:" + pending.path(), AuditLog.FAILURE, message);
  }

  private static List<Path> files(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root, 3)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> {
            String name = p.getFileName().toString();
            return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      LOG.warnf("cannot list %s: %s", root, e);
      return List.of();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Pending(String path, String hash, byte[] bytes) {}

  private record Parsed(Pending pending, NodeSpec spec) {}

  /** The table of processed descriptor files. */
  @ApplicationScoped
  @Transactional
  public static class DescriptorStore {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * The content hash of every processed file.
     *
     * @param appliedOnly whether only applied files count
     * @return hashes by relative path
     */
    public Map<String, String> hashes(boolean appliedOnly) {
      Map<String, String> map = new HashMap<>();
      list().stream()
          .filter(d -> !appliedOnly || d.getStatus() == DescriptorFile.Status.APPLIED)
          .forEach(d -> map.put(d.getPath(), d.getContentHash()));
      return map;
    }

    /**
     * Every processed file.
     *
     * @return the files
     */
    public List<DescriptorFile> list() {
      return em.createNamedQuery("DescriptorFile.findAll", DescriptorFile.class).getResultList();
    }

    /**
     * Records an outcome.
     *
     * @param path the relative path
     * @param hash the content hash
     * @param status the outcome
     * @param message the reason of a rejection
     * @param nodeCode the node
     */
    public void record(String path, String hash, DescriptorFile.Status status, String message, String nodeCode) {
      DescriptorFile file = em.find(DescriptorFile.class, path);
      if (file == null) {
        file = new DescriptorFile(path);
        file.record(hash, status, message, nodeCode, Instant.now());
        em.persist(file);
      } else {
        file.record(hash, status, message, nodeCode, Instant.now());
      }
    }
  }
}
