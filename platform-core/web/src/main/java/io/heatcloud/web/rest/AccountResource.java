package io.heatcloud.web.rest;

import io.heatcloud.core.common.Page;
import io.heatcloud.core.customers.AccountService;
import io.heatcloud.core.customers.AccountView;
import io.heatcloud.web.rest.dto.PageDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The customer archive of the caller's company (the company comes from the login). */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject AccountService accounts;

  /**
   * Searches accounts.
   *
   * @param query number prefix, name or address fragment
   * @param offset rows to skip
   * @param limit rows to return (at most 200)
   * @return the page
   */
  @GET
  public PageDto<AccountView> search(
      @QueryParam("q") String query,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Page<AccountView> page = accounts.search(CurrentUser.require(), query, offset, limit);
    return new PageDto<>(page.items(), page.total(), page.offset());
  }

  /**
   * One account.
   *
   * @param id the id
   * @return the account, or 404 when the caller's company has none with this id
   */
  @GET
  @Path("{id}")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(CurrentUser.require(), id);
  }
}
