package io.heatcloud.core.tenancy;

import io.heatcloud.core.security.UserSpec;
import io.heatcloud.core.tenancy.domain.NodeKind;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a descriptor, a console form or an API call asks for: a node of the tree with, for a
 * company, its modules, their settings, its first users and an optional amount of demo data.
 *
 * @param kind the level
 * @param code the code: 2-16 upper-case letters and digits, starting with a letter
 * @param parentCode the parent's code (the group for a region, a region for a company)
 * @param name the Chinese name
 * @param nameEn the English name, may be null
 * @param city the city, may be null
 * @param modules the modules to enable (companies only)
 * @param settings module settings by module id and key (companies only)
 * @param users users to create when they do not exist yet
 * @param demoAccounts demo accounts to generate in a new company's empty schema
 * @param demoSeed the seed of the demo data, or null for one derived from the code (two companies
 *     with the same seed and count get the same data, for comparisons)
 */
public record NodeSpec(
    NodeKind kind,
    String code,
    String parentCode,
    String name,
    String nameEn,
    String city,
    List<String> modules,
    Map<String, Map<String, String>> settings,
    List<UserSpec> users,
    int demoAccounts,
    Long demoSeed)
    implements Serializable {

  /**
   * A spec whose demo data, if any, is seeded from the code.
   *
   * @param kind the level
   * @param code the code
   * @param parentCode the parent's code
   * @param name the Chinese name
   * @param nameEn the English name
   * @param city the city
   * @param modules the modules
   * @param settings the settings
   * @param users the users
   * @param demoAccounts demo accounts
   */
  public NodeSpec(NodeKind kind, String code, String parentCode, String name, String nameEn, String city,
      List<String> modules, Map<String, Map<String, String>> settings, List<UserSpec> users, int demoAccounts) {
    this(kind, code, parentCode, name, nameEn, city, modules, settings, users, demoAccounts, null);
  }

  /** Copies the collections. */
  public NodeSpec {
    modules = modules == null ? List.of() : List.copyOf(modules);
    settings = settings == null ? Map.of() : Map.copyOf(settings);
    users = users == null ? List.of() : List.copyOf(users);
  }
}
