package io.heatcloud.web.rest.dto;

import java.time.Instant;
import java.util.List;

/**
 * An installed (or formerly installed) plugin.
 *
 * @param id the plugin id
 * @param version the version
 * @param state ACTIVE, FAILED or REMOVED
 * @param name the Chinese name
 * @param nameEn the English name
 * @param requires the API versions it requires
 * @param archive its archive's file name
 * @param message why it failed or was removed
 * @param updatedAt the last change
 * @param menu the views its menu opens
 * @param permissions the permissions it defines
 */
public record PluginDto(
    String id,
    String version,
    String state,
    String name,
    String nameEn,
    String requires,
    String archive,
    String message,
    Instant updatedAt,
    List<String> menu,
    List<String> permissions) {}
