package io.heatcloud.api.context;

import java.io.Serializable;

/**
 * The company a call serves. Plugins never choose it: the platform takes it from the authenticated
 * user (or, for jobs and lifecycle hooks, from the company being processed).
 *
 * @param code the company's code, e.g. {@code YTRL}
 * @param name the company's name
 * @param regionCode the code of its regional company
 * @param groupCode the code of the group
 */
public record TenantInfo(String code, String name, String regionCode, String groupCode)
    implements Serializable {}
