package io.heatcloud.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's authorisation matrix ({@code security/authorisation-matrix.csv} of the core),
 * read by the tests to generate their cases, with the demo tree to decide what "subtree" means.
 */
public final class Matrix {

  /** The demo tree: node to parent. */
  public static final Map<String, String> PARENT = Map.of(
      "JDQY", "QLRJ", "LNQY", "QLRJ", "LZQY", "QLRJ",
      "YTRL", "JDQY", "WHRL", "JDQY", "LYRL", "LNQY", "ZZRL", "LNQY", "ZBRL", "LZQY");

  private final Map<String, Map<String, String>> scopes = new HashMap<>();

  private Matrix() {}

  /**
   * Reads the matrix.
   *
   * @return the matrix
   */
  public static Matrix load() {
    Matrix matrix = new Matrix();
    try {
      List<String> lines = Files.readAllLines(Path.of(It.property("heatcloud.it.matrix")));
      String[] roles = null;
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.trim().split("\\s*,\\s*");
        if (roles == null) {
          roles = cells;
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 1; i < cells.length; i++) {
          row.put(roles[i], cells[i]);
        }
        matrix.scopes.put(cells[0], row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return matrix;
  }

  /**
   * Whether the matrix allows a role bound to a node an operation on a target.
   *
   * @param operation the operation code
   * @param role the role
   * @param userNode the user's node
   * @param target the target node
   * @return true when allowed
   */
  public boolean allows(String operation, String role, String userNode, String target) {
    String scope = scopes.get(operation).get(role);
    return switch (scope) {
      case "subtree" -> within(target, userNode);
      case "self" -> target.equals(userNode);
      default -> false;
    };
  }

  /**
   * The operations the matrix rules on.
   *
   * @return the codes
   */
  public java.util.Set<String> operations() {
    return scopes.keySet();
  }

  private static boolean within(String node, String ancestor) {
    for (String n = node; n != null; n = PARENT.get(n)) {
      if (n.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }
}
