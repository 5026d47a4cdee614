package io.heatcloud.web.faces;

import io.heatcloud.api.customers.UsageTypeSummary;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.customers.application.AccountDetail;
import io.heatcloud.core.customers.application.AccountDetail.PremiseView;
import io.heatcloud.core.customers.application.AccountService;
import io.heatcloud.core.customers.application.ArchiveService;
import io.heatcloud.core.customers.domain.HeatingMode;
import io.heatcloud.core.customers.domain.RoomFacts;
import io.heatcloud.core.customers.domain.ValveState;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.Operation;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The account page: customer, premises, meter readings, contracts and history; editing, closing
 * and meter readings for company administrators. Another company's id is simply not found (404).
 */
@Named
@ViewScoped
public class AccountDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient ArchiveService archive;
  @Inject transient AccessPolicy policy;

  private Long id;
  private AccountDetail detail;
  private String name;
  private String phone;
  private String phone2;
  private List<RoomEdit> rooms = new ArrayList<>();
  private String closeReason;
  private Long readingRoom;
  private LocalDate readingDay;
  private BigDecimal readingGj;

  /**
   * Loads the account named by the {@code id} parameter.
   *
   * @throws IOException when the 404 cannot be sent
   */
  public void load() throws IOException {
    if (detail != null && FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      if (id == null) {
        throw new NotFoundException("no id");
      }
      reload();
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private void reload() {
    detail = accounts.detail(Faces.user(), id);
    name = detail.customer().name();
    phone = detail.customer().phone();
    phone2 = detail.customer().phone2();
    rooms = new ArrayList<>();
    for (PremiseView p : detail.premises()) {
      rooms.add(new RoomEdit(p));
    }
    readingDay = LocalDate.now();
  }

  /** Saves the edit dialog. */
  public void save() {
    Map<Long, RoomFacts> facts = new LinkedHashMap<>();
    for (RoomEdit r : rooms) {
      facts.put(r.roomId, new RoomFacts(r.buildingArea, r.heatedArea, r.usageType, HeatingMode.valueOf(r.heatingMode),
          r.meterSerial, ValveState.valueOf(r.valveState)));
    }
    try {
      archive.update(Faces.user(), id, new ArchiveService.AccountChange(detail.version(), name, phone, phone2, facts));
      reload();
      Faces.info("accounts.saved");
      PrimeFaces.current().executeScript("PF('editDialog').hide()");
    } catch (ProblemException e) {
      Faces.problem(e);
    } catch (OptimisticLockException e) {
      Faces.error(e.getMessage());
    }
  }

  /** Closes the account. */
  public void close() {
    try {
      archive.close(Faces.user(), id, LocalDate.now(), closeReason);
      reload();
      Faces.info("accounts.closed");
      PrimeFaces.current().executeScript("PF('closeDialog').hide()");
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /** Records the meter reading of the form. */
  public void addReading() {
    try {
      archive.addReading(Faces.user(), readingRoom == null ? -1 : readingRoom, readingDay, readingGj);
      reload();
      readingGj = null;
      Faces.info("accounts.readingAdded");
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
   * The metered rooms, for the reading form.
   *
   * @return them
   */
  public List<PremiseView> getMeteredRooms() {
    return detail == null ? List.of() : detail.premises().stream().filter(p -> p.meterSerial() != null).toList();
  }

  /**
   * The usage types, for the edit dialog.
   *
   * @return them
   */
  public List<UsageTypeSummary> getUsageTypes() {
    return accounts.usageTypes(Faces.user().tenant().orElseThrow());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AccountDetail getDetail() {
    return detail;
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

  public String getPhone2() {
    return phone2;
  }

  public void setPhone2(String phone2) {
    this.phone2 = phone2;
  }

  public List<RoomEdit> getRooms() {
    return rooms;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  public Long getReadingRoom() {
    return readingRoom;
  }

  public void setReadingRoom(Long readingRoom) {
    this.readingRoom = readingRoom;
  }

  public LocalDate getReadingDay() {
    return readingDay;
  }

  public void setReadingDay(LocalDate readingDay) {
    this.readingDay = readingDay;
  }

  public BigDecimal getReadingGj() {
    return readingGj;
  }

  public void setReadingGj(BigDecimal readingGj) {
    this.readingGj = readingGj;
  }

  /** A room in the edit dialog. */
  public static class RoomEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long roomId;
    private final String premiseCode;
    private BigDecimal buildingArea;
    private BigDecimal heatedArea;
    private String usageType;
    private String heatingMode;
    private String meterSerial;
    private String valveState;

    RoomEdit(PremiseView p) {
      this.roomId = p.roomId();
      this.premiseCode = p.premiseCode();
      this.buildingArea = p.buildingArea();
      this.heatedArea = p.heatedArea();
      this.usageType = p.usageType();
      this.heatingMode = p.heatingMode();
      this.meterSerial = p.meterSerial();
      this.valveState = p.valveState();
    }

    public long getRoomId() {
      return roomId;
    }

    public String getPremiseCode() {
      return premiseCode;
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

    public String getValveState() {
      return valveState;
    }

    public void setValveState(String valveState) {
      this.valveState = valveState;
    }
  }
}
