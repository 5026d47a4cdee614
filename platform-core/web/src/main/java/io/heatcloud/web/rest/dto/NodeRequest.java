package io.heatcloud.web.rest.dto;

import java.util.List;
import java.util.Map;

/**
 * A region or company to create, as JSON (the same fields as a YAML descriptor).
 *
 * @param kind {@code region} or {@code company}
 * @param code the code
 * @param parent the parent's code
 * @param name the Chinese name
 * @param nameEn the English name
 * @param city the city
 * @param modules the modules to enable
 * @param settings module settings by module and key
 * @param users the first users
 * @param demoAccounts demo accounts to generate
 */
public record NodeRequest(
    String kind,
    String code,
    String parent,
    String name,
    String nameEn,
    String city,
    List<String> modules,
    Map<String, Map<String, String>> settings,
    List<NewUser> users,
    Integer demoAccounts) {}
