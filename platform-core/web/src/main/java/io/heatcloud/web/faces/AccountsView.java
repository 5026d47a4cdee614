package io.heatcloud.web.faces;

import io.heatcloud.api.customers.UsageTypeSummary;
import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.common.Page;
import io.heatcloud.core.customers.application.AccountQuery;
import io.heatcloud.core.customers.application.AccountService;
import io.heatcloud.core.customers.application.AccountView;
import io.heatcloud.core.customers.application.ArchiveService;
import io.heatcloud.core.customers.application.ArchiveService.CommunityView;
import io.heatcloud.core.customers.application.ArchiveService.NewCommunity;
import io.heatcloud.core.customers.application.CustomerData;
import io.heatcloud.core.customers.application.PremiseData;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.Operation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The customer archive screen of a company: search by number, name, phone or address with paging
 * on the server (a million accounts page as fast as a hundred), and the dialogs that open an
 * account and create a community.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ArchiveService archive;
  @Inject transient AccessPolicy policy;

  private String number;
  private String name;
  private String phone;
  private String address;
  private String status;
  private final LazyDataModel<AccountView> accounts = new Accounts();
  private final NewAccountForm form = new NewAccountForm();
  private final CommunityForm communityForm = new CommunityForm();

  /** Opens the account of the dialog. */
  public void open() {
    try {
      AccountView view = archive().open(Faces.user(),
          new CustomerData(form.kind, form.customerName, form.idType, form.idNumber, form.phone),
          new PremiseData(form.communityCode, form.building, form.unit, form.roomNo, form.buildingArea,
              form.heatedArea, form.usageType, form.heatingMode, form.meterSerial, "OPEN"));
      PrimeFaces.current().executeScript("PF('newAccountDialog').hide()");
      FacesContext.getCurrentInstance().getExternalContext().redirect(
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
              + "/company/account.xhtml?id=" + view.id());
    } catch (ProblemException e) {
      Faces.problem(e);
    } catch (IOException e) {
      Faces.error(e.getMessage());
    }
  }

  /** Creates the community of the dialog. */
  public void createCommunity() {
    try {
      CommunityView created = archive().createCommunity(Faces.user(),
          new NewCommunity(communityForm.code, communityForm.name, communityForm.district, communityForm.address));
      Faces.info("accounts.communityCreated", created.code() + " " + created.name());
      form.communityCode = created.code();
      PrimeFaces.current().executeScript("PF('newCommunityDialog').hide()");
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /**
   * Whether the user may change the archive.
   *
   * @return true for company administrators
   */
  public boolean isManager() {
    return policy.allows(Faces.user(), Operation.ACCOUNTS_MANAGE, Faces.user().tenantCode());
  }

  /**
   * The communities, for the account dialog.
   *
   * @return them
   */
  public List<CommunityView> getCommunities() {
    return archive().communities(Faces.user());
  }

  /**
   * The usage types, for the account dialog.
   *
   * @return them
   */
  public List<UsageTypeSummary> getUsageTypes() {
    return service().usageTypes(Faces.user().tenant().orElseThrow());
  }

  /**
   * The current search, for exports.
   *
   * @return the query
   */
  public AccountQuery query() {
    return new AccountQuery(null, number, name, phone, address, status);
  }

  private ArchiveService archive() {
    return archive != null ? archive : CDI.current().select(ArchiveService.class).get();
  }

  private static AccountService service() {
    return CDI.current().select(AccountService.class).get();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public LazyDataModel<AccountView> getAccounts() {
    return accounts;
  }

  public NewAccountForm getForm() {
    return form;
  }

  public CommunityForm getCommunityForm() {
    return communityForm;
  }

  private final class Accounts extends LazyDataModel<AccountView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) service().search(Faces.user(), query(), 0, 1).total();
    }

    @Override
    public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<AccountView> page = service().search(Faces.user(), query(), first, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(AccountView account) {
      return String.valueOf(account.id());
    }
  }

  /** The new-account dialog. */
  public static class NewAccountForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind = "PERSON";
    private String customerName;
    private String idType = "RESIDENT_ID";
    private String idNumber;
    private String phone;
    private String communityCode;
    private String building;
    private String unit;
    private String roomNo;
    private BigDecimal buildingArea;
    private BigDecimal heatedArea;
    private String usageType = "RESIDENTIAL";
    private String heatingMode = "AREA";
    private String meterSerial;

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getCustomerName() {
      return customerName;
    }

    public void setCustomerName(String customerName) {
      this.customerName = customerName;
    }

    public String getIdType() {
      return idType;
    }

    public void setIdType(String idType) {
      this.idType = idType;
    }

    public String getIdNumber() {
      return idNumber;
    }

    public void setIdNumber(String idNumber) {
      this.idNumber = idNumber;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getCommunityCode() {
      return communityCode;
    }

    public void setCommunityCode(String communityCode) {
      this.communityCode = communityCode;
    }

    public String getBuilding() {
      return building;
    }

    public void setBuilding(String building) {
      this.building = building;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public String getRoomNo() {
      return roomNo;
    }

    public void setRoomNo(String roomNo) {
      this.roomNo = roomNo;
    }

    public BigDecimal getBuildingArea() {
      return buildingArea;
    }

    public void setBuildingArea(BigDecimal buildingArea) {
      this.buildingArea = buildingArea;
    }

    public BigDecimal getHeatedArea() {
      return heatedArea;
    }

    public void setHeatedArea(BigDecimal heatedArea) {
      this.heatedArea = heatedArea;
    }

    public String getUsageType() {
      return usageType;
    }

    public void setUsageType(String usageType) {
      this.usageType = usageType;
    }

    public String getHeatingMode() {
      return heatingMode;
    }

    public void setHeatingMode(String heatingMode) {
      this.heatingMode = heatingMode;
    }

    public String getMeterSerial() {
      return meterSerial;
    }

    public void setMeterSerial(String meterSerial) {
      this.meterSerial = meterSerial;
    }
  }

  /** The new-community dialog. */
  public static class CommunityForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private String district;
    private String address;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDistrict() {
      return district;
    }

    public void setDistrict(String district) {
      this.district = district;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }
  }
}
