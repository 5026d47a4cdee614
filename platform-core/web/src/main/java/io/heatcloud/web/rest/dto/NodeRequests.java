package io.heatcloud.web.rest.dto;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.api.security.Role;
import io.heatcloud.core.security.UserSpec;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.domain.NodeKind;
import java.util.List;
import java.util.Locale;

/** Turns REST requests into core specs. */
public final class NodeRequests {

  private NodeRequests() {}

  /**
   * The spec of a JSON node request.
   *
   * @param r the request
   * @return the spec
   * @throws InvalidRequestException for an unknown kind or role
   */
  public static NodeSpec toSpec(NodeRequest r) {
    if (r == null) {
      throw new InvalidRequestException("缺少请求体 / the body is missing");
    }
    NodeKind kind = kind(r.kind());
    List<UserSpec> users =
        r.users() == null ? List.of() : r.users().stream().map(u -> toSpec(u, r.code())).toList();
    return new NodeSpec(kind, r.code(), r.parent(), r.name(), r.nameEn(), r.city(), r.modules(), r.settings(),
        users, r.demoAccounts() == null ? 0 : r.demoAccounts());
  }

  /**
   * The spec of a new user.
   *
   * @param u the request
   * @param nodeCode the node, when the request does not name one
   * @return the spec
   */
  public static UserSpec toSpec(NewUser u, String nodeCode) {
    if (u == null) {
      throw new InvalidRequestException("缺少请求体 / the body is missing");
    }
    Role role;
    try {
      role = Role.valueOf(String.valueOf(u.role()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("未知角色 / unknown role " + u.role(),
          List.of(new FieldError("role", "one of " + List.of(Role.values()))));
    }
    return new UserSpec(u.username(), u.displayName(), role, u.nodeCode() == null ? nodeCode : u.nodeCode(),
        u.initialPassword());
  }

  private static NodeKind kind(String text) {
    try {
      return NodeKind.valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("kind 须为 region 或 company / kind must be region or company",
          List.of(new FieldError("kind", "region or company")));
    }
  }
}
