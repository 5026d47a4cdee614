package io.heatcloud.core.customers.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the account page shows: the account, its customer, premises, meter readings,
 * contracts and history. Personal data is masked unless the reader may see it.
 *
 * @param account the account
 * @param closedOn when it was closed, or null
 * @param closeReason why, or null
 * @param customer its customer
 * @param premises its rooms
 * @param readings the latest meter readings of its metered rooms
 * @param contracts its contracts
 * @param events its history, newest first
 * @param version the account's version, for optimistic locking of edits
 */
public record AccountDetail(
    AccountView account,
    LocalDate closedOn,
    String closeReason,
    CustomerView customer,
    List<PremiseView> premises,
    List<ReadingView> readings,
    List<ContractView> contracts,
    List<EventView> events,
    int version)
    implements Serializable {

  /**
   * A customer.
   *
   * @param id the id
   * @param customerNo the customer number
   * @param kind PERSON or ORGANISATION
   * @param name the name
   * @param idType the document type
   * @param idNumber the document number, masked unless allowed
   * @param phone the phone, masked unless allowed
   * @param phone2 a second phone, masked unless allowed
   */
  public record CustomerView(long id, String customerNo, String kind, String name, String idType, String idNumber,
      String phone, String phone2) implements Serializable {}

  /**
   * A room.
   *
   * @param roomId the id
   * @param premiseCode its premise code
   * @param communityCode the community's code
   * @param communityName the community's name
   * @param building the building
   * @param unit the unit
   * @param roomNo the room
   * @param buildingArea building area, m²
   * @param heatedArea heated area, m²
   * @param usageType the usage type code
   * @param usageName the usage type's name
   * @param heatingMode AREA or METERED
   * @param meterSerial the meter, or null
   * @param valveState the valve
   */
  public record PremiseView(long roomId, String premiseCode, String communityCode, String communityName,
      String building, String unit, String roomNo, BigDecimal buildingArea, BigDecimal heatedArea,
      String usageType, String usageName, String heatingMode, String meterSerial, String valveState)
      implements Serializable {}

  /**
   * A meter reading.
   *
   * @param roomId the room
   * @param premiseCode its premise code
   * @param readOn the day
   * @param readingGj the register in GJ
   * @param source MANUAL, IMPORT or AMR
   */
  public record ReadingView(long roomId, String premiseCode, LocalDate readOn, BigDecimal readingGj, String source)
      implements Serializable {}

  /**
   * A contract.
   *
   * @param contractNo its number
   * @param signedOn when signed
   * @param validTo its end
   * @param status ACTIVE or TERMINATED
   */
  public record ContractView(String contractNo, LocalDate signedOn, LocalDate validTo, String status)
      implements Serializable {}

  /**
   * A history entry.
   *
   * @param at when
   * @param actor who
   * @param kind what
   * @param details details
   */
  public record EventView(Instant at, String actor, String kind, String details) implements Serializable {}
}
