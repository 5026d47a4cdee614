package io.heatcloud.web.rest.dto;

import java.time.Instant;

/**
 * A bearer token just issued.
 *
 * @param token the token: send it as {@code Authorization: Bearer <token>}
 * @param expiresAt its absolute end
 * @param idleTimeoutSeconds how long it may stay unused
 * @param user who it belongs to
 */
public record TokenDto(String token, Instant expiresAt, long idleTimeoutSeconds, UserDto user) {}
