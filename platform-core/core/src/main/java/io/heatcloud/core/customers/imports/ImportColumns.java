package io.heatcloud.core.customers.imports;

import io.heatcloud.core.customers.application.CustomerData;
import io.heatcloud.core.customers.application.PremiseData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of an archive import, recognised by their Chinese or English titles, and the
 * conversion of a row into a customer and a premise (Chinese values such as 居民 or 计量 are
 * accepted beside the codes).
 */
public final class ImportColumns {

  /** Column keys with their accepted titles (the first is the one templates use). */
  public static final Map<String, List<String>> TITLES = new LinkedHashMap<>();

  static {
    TITLES.put("community", List.of("小区编码", "community"));
    TITLES.put("communityName", List.of("小区名称", "community name", "communityname"));
    TITLES.put("building", List.of("楼号", "building"));
    TITLES.put("unit", List.of("单元", "unit"));
    TITLES.put("room", List.of("房号", "room"));
    TITLES.put("buildingArea", List.of("建筑面积", "building area", "buildingarea"));
    TITLES.put("heatedArea", List.of("供热面积", "heated area", "heatedarea"));
    TITLES.put("usageType", List.of("用热性质", "usage type", "usagetype"));
    TITLES.put("heatingMode", List.of("计费方式", "heating mode", "heatingmode"));
    TITLES.put("meterSerial", List.of("热表编号", "meter", "meter serial", "meterserial"));
    TITLES.put("valveState", List.of("阀门状态", "valve", "valvestate"));
    TITLES.put("name", List.of("户主", "姓名", "name"));
    TITLES.put("kind", List.of("客户类型", "kind"));
    TITLES.put("idType", List.of("证件类型", "id type", "idtype"));
    TITLES.put("idNumber", List.of("证件号码", "id number", "idnumber"));
    TITLES.put("phone", List.of("电话", "手机", "phone"));
  }

  /** The columns every file must have. */
  public static final List<String> REQUIRED =
      List.of("community", "building", "unit", "room", "buildingArea", "heatedArea", "usageType", "name");

  private static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("居民", "RESIDENTIAL"), Map.entry("非居民", "NON_RESIDENTIAL"), Map.entry("低保", "LOW_INCOME"),
      Map.entry("低保居民", "LOW_INCOME"), Map.entry("低保户", "LOW_INCOME"), Map.entry("面积", "AREA"),
      Map.entry("按面积", "AREA"), Map.entry("计量", "METERED"), Map.entry("按计量", "METERED"),
      Map.entry("两部制", "METERED"), Map.entry("开", "OPEN"), Map.entry("开启", "OPEN"), Map.entry("关", "CLOSED"),
      Map.entry("关闭", "CLOSED"), Map.entry("限流", "RESTRICTED"), Map.entry("个人", "PERSON"),
      Map.entry("单位", "ORGANISATION"), Map.entry("身份证", "RESIDENT_ID"), Map.entry("护照", "PASSPORT"),
      Map.entry("统一社会信用代码", "CREDIT_CODE"), Map.entry("其他", "OTHER"));

  private final Map<String, Integer> index;

  private ImportColumns(Map<String, Integer> index) {
    this.index = index;
  }

  /**
   * Finds the columns in a header row.
   *
   * @param headers the titles
   * @return the columns
   * @throws IllegalArgumentException naming the missing columns
   */
  public static ImportColumns of(List<String> headers) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String title = headers.get(i).trim().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, List<String>> column : TITLES.entrySet()) {
        if (column.getValue().contains(title)) {
          index.putIfAbsent(column.getKey(), i);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (String key : REQUIRED) {
      if (!index.containsKey(key)) {
        missing.add(TITLES.get(key).get(0));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("缺少列 / missing columns: " + String.join(", ", missing));
    }
    return new ImportColumns(index);
  }

  /**
   * A cell of a row.
   *
   * @param row the row
   * @param key the column key
   * @return the text, or null when the column is absent or the cell blank
   */
  public String cell(List<String> row, String key) {
    Integer i = index.get(key);
    if (i == null || i >= row.size() || row.get(i).isBlank()) {
      return null;
    }
    String value = row.get(i).trim();
    return VALUES.getOrDefault(value, value);
  }

  /**
   * The customer of a row.
   *
   * @param row the row
   * @return the customer
   */
  public CustomerData customer(List<String> row) {
    return new CustomerData(cell(row, "kind"), cell(row, "name"), cell(row, "idType"), cell(row, "idNumber"),
        cell(row, "phone"));
  }

  /**
   * The premise of a row; unreadable numbers become null (and are reported by the checks).
   *
   * @param row the row
   * @return the premise
   */
  public PremiseData premise(List<String> row) {
    return new PremiseData(cell(row, "community"), cell(row, "building"), cell(row, "unit"), cell(row, "room"),
        decimal(cell(row, "buildingArea")), decimal(cell(row, "heatedArea")), cell(row, "usageType"),
        cell(row, "heatingMode"), cell(row, "meterSerial"), cell(row, "valveState"));
  }

  private static BigDecimal decimal(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(",", "").replace("m²", "").replace("㎡", "").trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
