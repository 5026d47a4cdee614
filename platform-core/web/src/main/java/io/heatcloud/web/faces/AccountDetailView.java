package io.heatcloud.web.faces;

import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.core.customers.AccountService;
import io.heatcloud.core.customers.AccountView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** One account of the user's company; another company's id is simply not found (404). */
@Named
@RequestScoped
public class AccountDetailView {

  @Inject AccountService accounts;

  private Long id;
  private AccountView account;

  /**
   * Loads the account named by the {@code id} parameter.
   *
   * @throws IOException when the 404 cannot be sent
   */
  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException("no id");
      }
      account = accounts.get(Faces.user(), id);
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AccountView getAccount() {
    return account;
  }
}
