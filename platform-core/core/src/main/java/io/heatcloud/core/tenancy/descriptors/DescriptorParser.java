package io.heatcloud.core.tenancy.descriptors;

import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.api.security.Role;
import io.heatcloud.core.security.UserSpec;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.domain.NodeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a descriptor into a {@link NodeSpec}, strictly: unknown keys, wrong types and missing
 * fields are reported with the key they concern, so that a typo never goes unnoticed. YAML is read
 * with SnakeYAML's safe constructor (plain maps, lists and scalars; no objects), limited in size
 * and aliases.
 */
public final class DescriptorParser {

  /** The largest descriptor read. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final Set<String> NODE_KEYS =
      Set.of("kind", "code", "parent", "name", "nameEn", "city", "modules", "settings", "users", "demo");
  private static final Set<String> USER_KEYS = Set.of("username", "displayName", "role", "initialPassword");

  private DescriptorParser() {}

  /**
   * Parses a descriptor.
   *
   * @param text the YAML
   * @return the spec
   * @throws DescriptorException with every problem found
   */
  public static NodeSpec parse(String text) {
    if (text.length() > MAX_BYTES) {
      throw new DescriptorException(List.of(new FieldError("", "描述文件超过 64 KB / larger than 64 KB")));
    }
    Object document;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit(MAX_BYTES);
      document = new Yaml(new SafeConstructor(options)).load(text);
    } catch (YAMLException e) {
      throw new DescriptorException(
          List.of(new FieldError("", "不是有效的 YAML / not valid YAML: " + firstLine(e.getMessage()))));
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw new DescriptorException(
          List.of(new FieldError("", "描述文件须为键值映射 / a descriptor is a YAML mapping")));
    }
    List<FieldError> errors = new ArrayList<>();
    for (Object key : map.keySet()) {
      if (!NODE_KEYS.contains(String.valueOf(key))) {
        errors.add(new FieldError(String.valueOf(key), "未知的键 / unknown key (allowed: " + String.join(", ", new java.util.TreeSet<>(NODE_KEYS)) + ")"));
      }
    }
    NodeKind kind = null;
    String kindText = string(map, "kind", errors, true);
    if (kindText != null) {
      try {
        kind = NodeKind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("kind", "必须是 group、region 或 company / must be group, region or company"));
      }
    }
    String code = string(map, "code", errors, true);
    String parent = string(map, "parent", errors, kind != null && kind != NodeKind.GROUP);
    String name = string(map, "name", errors, true);
    String nameEn = string(map, "nameEn", errors, false);
    String city = string(map, "city", errors, false);
    List<String> modules = stringList(map, "modules", errors);
    Map<String, Map<String, String>> settings = settings(map, errors);
    List<UserSpec> users = users(map, code, errors);
    int demoAccounts = demo(map, errors);
    Long demoSeed = demoSeed(map);
    if (!errors.isEmpty()) {
      throw new DescriptorException(errors);
    }
    return new NodeSpec(kind, code, parent, name, nameEn, city, modules, settings, users, demoAccounts, demoSeed);
  }

  private static String string(Map<?, ?> map, String key, List<FieldError> errors, boolean required) {
    Object value = map.get(key);
    if (value == null) {
      if (required) {
        errors.add(new FieldError(key, "必填 / required"));
      }
      return null;
    }
    if (value instanceof Map || value instanceof List) {
      errors.add(new FieldError(key, "须为文本 / must be a text"));
      return null;
    }
    return String.valueOf(value).trim();
  }

  private static List<String> stringList(Map<?, ?> map, String key, List<FieldError> errors) {
    Object value = map.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      errors.add(new FieldError(key, "须为列表 / must be a list"));
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (Object item : list) {
      if (item instanceof Map || item instanceof List || item == null) {
        errors.add(new FieldError(key, "列表项须为文本 / items must be texts"));
      } else {
        result.add(String.valueOf(item).trim());
      }
    }
    return result;
  }

  private static Map<String, Map<String, String>> settings(Map<?, ?> map, List<FieldError> errors) {
    Object value = map.get("settings");
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> byModule)) {
      errors.add(new FieldError("settings", "须为“模块: {键: 值}”映射 / must map module ids to key: value maps"));
      return Map.of();
    }
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : byModule.entrySet()) {
      if (!(entry.getValue() instanceof Map<?, ?> values)) {
        errors.add(new FieldError("settings." + entry.getKey(), "须为映射 / must be a mapping"));
        continue;
      }
      Map<String, String> settings = new LinkedHashMap<>();
      values.forEach((k, v) -> settings.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
      result.put(String.valueOf(entry.getKey()), settings);
    }
    return result;
  }

  private static List<UserSpec> users(Map<?, ?> map, String nodeCode, List<FieldError> errors) {
    Object value = map.get("users");
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      errors.add(new FieldError("users", "须为列表 / must be a list"));
      return List.of();
    }
    List<UserSpec> users = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String field = "users[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> user)) {
        errors.add(new FieldError(field, "须为映射 / must be a mapping"));
        continue;
      }
      for (Object key : user.keySet()) {
        if (!USER_KEYS.contains(String.valueOf(key))) {
          errors.add(new FieldError(field + "." + key, "未知的键 / unknown key"));
        }
      }
      Role role = null;
      Object roleText = user.get("role");
      if (roleText == null) {
        errors.add(new FieldError(field + ".role", "必填 / required"));
      } else {
        try {
          role = Role.valueOf(String.valueOf(roleText).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError(field + ".role", "未知角色 / unknown role " + roleText));
        }
      }
      users.add(new UserSpec(
          text(user.get("username")),
          text(user.get("displayName")),
          role,
          nodeCode,
          user.get("initialPassword") == null ? null : String.valueOf(user.get("initialPassword"))));
    }
    return users;
  }

  private static int demo(Map<?, ?> map, List<FieldError> errors) {
    Object value = map.get("demo");
    if (value == null) {
      return 0;
    }
    if (!(value instanceof Map<?, ?> demo) || !(demo.get("accounts") instanceof Integer count)
        || !Set.of("accounts", "seed").containsAll(demo.keySet())
        || (demo.get("seed") != null && !(demo.get("seed") instanceof Integer))) {
      errors.add(new FieldError("demo", "须为 {accounts: 整数, seed: 整数(可选)} / must be {accounts: <number>, seed: <number, optional>}"));
      return 0;
    }
    return count;
  }

  private static Long demoSeed(Map<?, ?> map) {
    return map.get("demo") instanceof Map<?, ?> demo && demo.get("seed") instanceof Integer seed
        ? seed.longValue() : null;
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value).trim();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
