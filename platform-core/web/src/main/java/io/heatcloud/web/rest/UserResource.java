package io.heatcloud.web.rest;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.core.security.UserService;
import io.heatcloud.web.rest.dto.NewUser;
import io.heatcloud.web.rest.dto.NodeRequests;
import io.heatcloud.web.rest.dto.PasswordChange;
import io.heatcloud.web.rest.dto.UserDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Staff users within the caller's reach. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject UserService users;

  /**
   * The users the caller may see.
   *
   * @return the users
   */
  @GET
  public List<UserDto> list() {
    return users.list(CurrentUser.require()).stream().map(UserDto::of).toList();
  }

  /**
   * Creates a user.
   *
   * @param user the user
   * @return 201 with the user
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewUser user) {
    return Response.status(201)
        .entity(UserDto.of(users.create(CurrentUser.require(), NodeRequests.toSpec(user, null))))
        .build();
  }

  /**
   * Lifts a lockout.
   *
   * @param id the user
   * @return 204
   */
  @POST
  @Path("{id}/unlock")
  public Response unlock(@PathParam("id") long id) {
    users.unlock(CurrentUser.require(), id);
    return Response.noContent().build();
  }

  /**
   * Disables a user.
   *
   * @param id the user
   * @return 204
   */
  @POST
  @Path("{id}/disable")
  public Response disable(@PathParam("id") long id) {
    users.setEnabled(CurrentUser.require(), id, false);
    return Response.noContent().build();
  }

  /**
   * Enables a user.
   *
   * @param id the user
   * @return 204
   */
  @POST
  @Path("{id}/enable")
  public Response enable(@PathParam("id") long id) {
    users.setEnabled(CurrentUser.require(), id, true);
    return Response.noContent().build();
  }

  /**
   * Changes the caller's password.
   *
   * @param change the current and the new password
   * @return 204
   */
  @PUT
  @Path("me/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(PasswordChange change) {
    if (change == null || change.currentPassword() == null) {
      throw new InvalidRequestException("缺少当前密码 / the current password is required");
    }
    users.changeOwnPassword(CurrentUser.require(), change.currentPassword().toCharArray(), change.newPassword());
    return Response.noContent().build();
  }
}
