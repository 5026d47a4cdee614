package io.heatcloud.web.rest;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.core.security.ApiTokenService;
import io.heatcloud.core.security.ApiTokenService.IssuedToken;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.LoginService;
import io.heatcloud.web.rest.dto.Credentials;
import io.heatcloud.web.rest.dto.TokenDto;
import io.heatcloud.web.rest.dto.UserDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Logging in to the API. The same accounts, lockout and audit as the consoles: {@code POST
 * /api/auth/token} with {@code {"username": ..., "password": ...}} returns a bearer token; {@code
 * DELETE /api/auth/token} revokes it; {@code GET /api/auth/me} tells who the token belongs to.
 */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject LoginService login;
  @Inject ApiTokenService tokens;
  @Context HttpServletRequest request;

  /**
   * Logs in.
   *
   * @param credentials user name and password
   * @return 200 with the token, or 401 with the same message for every failure
   */
  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response token(Credentials credentials) {
    if (credentials == null) {
      throw new InvalidRequestException("缺少用户名和密码 / username and password are required");
    }
    char[] password = credentials.password() == null ? new char[0] : credentials.password().toCharArray();
    Optional<AuthenticatedUser> user = login.login(credentials.username(), password, request.getRemoteAddr());
    if (user.isEmpty()) {
      return ProblemMappers.problem(401, "login-failed", LoginService.FAILED, null);
    }
    IssuedToken issued = tokens.issue(user.get(), request.getRemoteAddr());
    return Response.ok(new TokenDto(issued.token(), issued.expiresAt(), issued.idleTimeout().toSeconds(),
        UserDto.of(user.get()))).build();
  }

  /**
   * Revokes the caller's token.
   *
   * @param authorization the Authorization header
   * @return 204
   */
  @DELETE
  @Path("token")
  public Response logout(@HeaderParam("Authorization") String authorization) {
    CurrentUser.require();
    tokens.revoke(authorization.substring(7).trim());
    return Response.noContent().build();
  }

  /**
   * Who the token belongs to.
   *
   * @return the user
   */
  @GET
  @Path("me")
  public UserDto me() {
    return UserDto.of(CurrentUser.require());
  }
}
