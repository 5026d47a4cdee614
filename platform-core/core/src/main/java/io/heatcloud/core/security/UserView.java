package io.heatcloud.core.security;

import io.heatcloud.api.security.Role;
import java.io.Serializable;
import java.time.Instant;

/**
 * A user as the consoles show it (no password hash).
 *
 * @param id the id
 * @param username the login name
 * @param displayName the name shown
 * @param role the role
 * @param nodeCode the node's code
 * @param nodeName the node's name
 * @param enabled whether the user may log in
 * @param locked whether a lockout is in force
 * @param failedAttempts failed logins since the last success
 * @param lastLoginAt the last login, may be null
 */
public record UserView(
    long id,
    String username,
    String displayName,
    Role role,
    String nodeCode,
    String nodeName,
    boolean enabled,
    boolean locked,
    int failedAttempts,
    Instant lastLoginAt)
    implements Serializable {}
