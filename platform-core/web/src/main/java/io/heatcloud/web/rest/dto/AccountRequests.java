package io.heatcloud.web.rest.dto;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.core.customers.application.ArchiveRules;
import io.heatcloud.core.customers.application.ArchiveService.AccountChange;
import io.heatcloud.core.customers.application.CustomerData;
import io.heatcloud.core.customers.application.PremiseData;
import io.heatcloud.core.customers.domain.HeatingMode;
import io.heatcloud.core.customers.domain.RoomFacts;
import io.heatcloud.core.customers.domain.ValveState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of the customer archive API. */
public final class AccountRequests {

  private AccountRequests() {}

  /**
   * An account to open.
   *
   * @param customer the customer
   * @param premise the premise
   */
  public record NewAccount(CustomerData customer, PremiseData premise) {}

  /**
   * A room's new facts.
   *
   * @param roomId the room
   * @param buildingArea building area, m²
   * @param heatedArea heated area, m²
   * @param usageType usage type code
   * @param heatingMode AREA or METERED
   * @param meterSerial the meter
   * @param valveState OPEN, CLOSED or RESTRICTED
   */
  public record RoomChange(long roomId, BigDecimal buildingArea, BigDecimal heatedArea, String usageType,
      String heatingMode, String meterSerial, String valveState) {}

  /**
   * An account's edit.
   *
   * @param version the version read (optimistic locking)
   * @param name the customer's name
   * @param phone the phone
   * @param phone2 a second phone
   * @param rooms rooms to change
   */
  public record Change(int version, String name, String phone, String phone2, List<RoomChange> rooms) {

    /**
     * The core's change.
     *
     * @return it
     */
    public AccountChange toChange() {
      Map<Long, RoomFacts> facts = new LinkedHashMap<>();
      for (RoomChange r : rooms == null ? List.<RoomChange>of() : rooms) {
        HeatingMode mode = ArchiveRules.parse(HeatingMode.class, r.heatingMode(), HeatingMode.AREA);
        ValveState valve = ArchiveRules.parse(ValveState.class, r.valveState(), ValveState.OPEN);
        if (mode == null || valve == null || r.buildingArea() == null || r.heatedArea() == null) {
          throw new InvalidRequestException("房屋 " + r.roomId() + " 的信息无效 / invalid room " + r.roomId());
        }
        facts.put(r.roomId(), new RoomFacts(r.buildingArea(), r.heatedArea(), r.usageType(), mode, r.meterSerial(), valve));
      }
      return new AccountChange(version, name, phone, phone2, facts);
    }
  }

  /**
   * Closing an account.
   *
   * @param on the date, today when null
   * @param reason why
   */
  public record Close(LocalDate on, String reason) {}

  /**
   * A meter reading.
   *
   * @param readOn the day
   * @param readingGj the register in GJ
   */
  public record Reading(LocalDate readOn, BigDecimal readingGj) {}

  /**
   * A company-defined usage type.
   *
   * @param code its code
   * @param nameZh its Chinese name
   * @param nameEn its English name
   * @param category RESIDENTIAL, NON_RESIDENTIAL or LOW_INCOME
   */
  public record NewUsageType(String code, String nameZh, String nameEn, String category) {}
}
