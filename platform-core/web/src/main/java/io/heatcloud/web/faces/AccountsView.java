package io.heatcloud.web.faces;

import io.heatcloud.core.common.Page;
import io.heatcloud.core.customers.AccountService;
import io.heatcloud.core.customers.AccountView;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The customer archive of the user's company: search and paging on the server. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private String query;
  private final LazyDataModel<AccountView> accounts = new Accounts();

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public LazyDataModel<AccountView> getAccounts() {
    return accounts;
  }

  private final class Accounts extends LazyDataModel<AccountView> {
    private static final long serialVersionUID = 1L;
    private transient Page<AccountView> last;
    private transient int lastFirst = -1;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page(0, 1).total();
    }

    @Override
    public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<AccountView> page = page(first, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    private Page<AccountView> page(int first, int size) {
      if (last != null && lastFirst == first && size <= last.items().size()) {
        return last;
      }
      last = CDI.current().select(AccountService.class).get().search(Faces.user(), query, first, size);
      lastFirst = first;
      return last;
    }

    @Override
    public String getRowKey(AccountView account) {
      return String.valueOf(account.id());
    }
  }
}
