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
  @Inject io.heatcloud.core.security.SecondFactorService secondFactor;
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
    Optional<AuthenticatedUser> user = login.login(credentials.username(), password, credentials.code(),
        request.getRemoteAddr());
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

  /**
   * Enrols the caller's authenticator app: a new secret and its {@code otpauth://} URI (show it as
   * a QR code). Not active until confirmed with a first code.
   *
   * @return 201 with {@code secret} and {@code uri}
   */
  @POST
  @Path("totp")
  public Response enrolTotp() {
    return Response.status(201).entity(secondFactor.enrol(CurrentUser.require())).build();
  }

  /**
   * Activates the caller's authenticator with a first code.
   *
   * @param body {@code {"code": "123456"}}
   * @return 204
   */
  @POST
  @Path("totp/activation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response activateTotp(java.util.Map<String, String> body) {
    secondFactor.activate(CurrentUser.require(), body == null ? null : body.get("code"));
    return Response.noContent().build();
  }

  /**
   * Confirms the caller's token with an authenticator code, for sensitive money operations
   * (refunds, reversals) during the next minutes.
   *
   * @param authorization the Authorization header
   * @param body {@code {"code": "123456"}}
   * @return 200 with {@code until}
   */
  @POST
  @Path("second-factor")
  @Consumes(MediaType.APPLICATION_JSON)
  public java.util.Map<String, Object> confirm(@HeaderParam("Authorization") String authorization,
      java.util.Map<String, String> body) {
    AuthenticatedUser user = CurrentUser.require();
    return java.util.Map.of("until", secondFactor.confirm(user, authorization.substring(7).trim(),
        body == null ? null : body.get("code")).toString());
  }
}
