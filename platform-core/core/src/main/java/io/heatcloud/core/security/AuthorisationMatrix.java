package io.heatcloud.core.security;

import io.heatcloud.api.security.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** The authorisation matrix, read from {@code security/authorisation-matrix.csv}. */
public final class AuthorisationMatrix {

  /** How far a role's grant reaches from the user's node. */
  public enum Scope {
    /** The user's node and everything below it. */
    SUBTREE,
    /** The user's node only. */
    SELF,
    /** Nothing. */
    NONE
  }

  /** The resource holding the matrix. */
  public static final String RESOURCE = "/security/authorisation-matrix.csv";

  private final Map<Operation, Map<Role, Scope>> grants;

  private AuthorisationMatrix(Map<Operation, Map<Role, Scope>> grants) {
    this.grants = grants;
  }

  /**
   * Loads the matrix from the class path and checks that it rules on every operation and role.
   *
   * @return the matrix
   */
  public static AuthorisationMatrix load() {
    try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AuthorisationMatrix parse(BufferedReader reader) throws IOException {
    Map<Operation, Map<Role, Scope>> grants = new EnumMap<>(Operation.class);
    Role[] columns = null;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cells = trimmed.split("\\s*,\\s*");
      if (columns == null) {
        columns = new Role[cells.length - 1];
        for (int i = 1; i < cells.length; i++) {
          columns[i - 1] = Role.valueOf(cells[i]);
        }
        continue;
      }
      if (cells.length != columns.length + 1) {
        throw new IllegalStateException("matrix row has the wrong number of cells: " + line);
      }
      Map<Role, Scope> row = new EnumMap<>(Role.class);
      for (int i = 1; i < cells.length; i++) {
        row.put(
            columns[i - 1],
            switch (cells[i]) {
              case "subtree" -> Scope.SUBTREE;
              case "self" -> Scope.SELF;
              case "-" -> Scope.NONE;
              default -> throw new IllegalStateException("unknown scope in matrix: " + cells[i]);
            });
      }
      grants.put(Operation.ofCode(cells[0]), row);
    }
    for (Operation operation : Operation.values()) {
      Map<Role, Scope> row = grants.get(operation);
      if (row == null || row.size() != Role.values().length) {
        throw new IllegalStateException("the matrix does not rule on every role for " + operation);
      }
    }
    return new AuthorisationMatrix(grants);
  }

  /**
   * The reach of a role for an operation.
   *
   * @param operation the operation
   * @param role the role
   * @return the scope
   */
  public Scope scope(Operation operation, Role role) {
    return grants.get(operation).get(role);
  }
}
