package io.heatcloud.core.customers.application;

import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.core.customers.domain.CustomerKind;
import io.heatcloud.core.customers.domain.HeatingMode;
import io.heatcloud.core.customers.domain.IdType;
import io.heatcloud.core.customers.domain.ValveState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of the customer archive's data, with messages in Chinese and English. */
public final class ArchiveRules {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,8}");
  private static final Pattern ROOM = Pattern.compile("[A-Z0-9-]{1,10}");
  private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final BigDecimal MAX_AREA = new BigDecimal("100000");

  private ArchiveRules() {}

  /**
   * Whether an 18-character resident ID number is well formed, with a correct check character.
   *
   * @param number the number
   * @return true when valid
   */
  public static boolean validResidentId(String number) {
    if (number == null || !number.matches("\\d{17}[\\dXx]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return Character.toUpperCase(number.charAt(17)) == ID_CHECK.charAt(sum % 11);
  }

  /**
   * The check character of the first 17 digits of a resident ID (for generating demo data).
   *
   * @param first17 the digits
   * @return the check character
   */
  public static char residentIdCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11);
  }

  /**
   * Whether a phone number is a mobile or landline number.
   *
   * @param phone the number
   * @return true when valid
   */
  public static boolean validPhone(String phone) {
    return phone != null && (MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches());
  }

  public static void customer(CustomerData c, String prefix, List<FieldError> errors) {
    if (c == null) {
      errors.add(new FieldError(prefix, "缺少客户信息 / the customer is missing"));
      return;
    }
    if (c.name() == null || c.name().isBlank() || c.name().length() > 100) {
      errors.add(new FieldError(prefix + "name", "姓名必填，最多 100 字 / a name of at most 100 characters is required"));
    }
    CustomerKind kind = parse(CustomerKind.class, c.kind(), CustomerKind.PERSON);
    if (kind == null) {
      errors.add(new FieldError(prefix + "kind", "须为 PERSON 或 ORGANISATION / must be PERSON or ORGANISATION"));
    }
    IdType idType = parse(IdType.class, c.idType(), null);
    if (c.idType() != null && !c.idType().isBlank() && idType == null) {
      errors.add(new FieldError(prefix + "idType", "证件类型无效 / unknown document type"));
    }
    if (idType != null && (c.idNumber() == null || c.idNumber().isBlank())) {
      errors.add(new FieldError(prefix + "idNumber", "缺少证件号码 / the document number is missing"));
    } else if (idType == IdType.RESIDENT_ID && !validResidentId(c.idNumber())) {
      errors.add(new FieldError(prefix + "idNumber", "身份证号码无效 / not a valid resident ID number"));
    } else if (idType == IdType.CREDIT_CODE && !CREDIT_CODE.matcher(c.idNumber().toUpperCase(Locale.ROOT)).matches()) {
      errors.add(new FieldError(prefix + "idNumber", "统一社会信用代码无效 / not a valid unified credit code"));
    } else if (c.idNumber() != null && c.idNumber().length() > 40) {
      errors.add(new FieldError(prefix + "idNumber", "证件号码过长 / too long"));
    }
    if (c.phone() != null && !c.phone().isBlank() && !validPhone(c.phone().trim())) {
      errors.add(new FieldError(prefix + "phone", "电话号码无效 / not a valid phone number"));
    }
  }

  public static void premise(PremiseData p, Set<String> usageTypes, String prefix, List<FieldError> errors) {
    if (p == null) {
      errors.add(new FieldError(prefix, "缺少房屋信息 / the premise is missing"));
      return;
    }
    code(p.communityCode(), prefix + "communityCode", "小区编码", errors);
    code(p.building(), prefix + "building", "楼号", errors);
    code(p.unit(), prefix + "unit", "单元号", errors);
    if (p.roomNo() == null || !ROOM.matcher(upper(p.roomNo())).matches()) {
      errors.add(new FieldError(prefix + "roomNo", "房号须为 1-10 位字母、数字或 - / 1-10 letters, digits or '-'"));
    }
    facts(p.buildingArea(), p.heatedArea(), p.usageType(), p.heatingMode(), p.meterSerial(), p.valveState(),
        usageTypes, prefix, errors);
  }

  static void facts(BigDecimal buildingArea, BigDecimal heatedArea, String usageType, String heatingMode,
      String meterSerial, String valveState, Set<String> usageTypes, String prefix, List<FieldError> errors) {
    area(buildingArea, prefix + "buildingArea", errors);
    area(heatedArea, prefix + "heatedArea", errors);
    if (buildingArea != null && heatedArea != null && heatedArea.compareTo(buildingArea) > 0) {
      errors.add(new FieldError(prefix + "heatedArea", "供热面积不能大于建筑面积 / the heated area exceeds the building area"));
    }
    if (usageType == null || !usageTypes.contains(upper(usageType))) {
      errors.add(new FieldError(prefix + "usageType", "用热性质无效，可选 / usage type must be one of " + usageTypes));
    }
    HeatingMode mode = parse(HeatingMode.class, heatingMode, HeatingMode.AREA);
    if (mode == null) {
      errors.add(new FieldError(prefix + "heatingMode", "计费方式须为 AREA 或 METERED / must be AREA or METERED"));
    } else if (mode == HeatingMode.METERED && (meterSerial == null || meterSerial.isBlank())) {
      errors.add(new FieldError(prefix + "meterSerial", "计量收费须有热表编号 / a metered room needs a meter serial"));
    }
    if (meterSerial != null && meterSerial.length() > 30) {
      errors.add(new FieldError(prefix + "meterSerial", "热表编号过长 / too long"));
    }
    if (parse(ValveState.class, valveState, ValveState.OPEN) == null) {
      errors.add(new FieldError(prefix + "valveState", "阀门状态须为 OPEN、CLOSED 或 RESTRICTED"));
    }
  }

  private static void area(BigDecimal area, String field, List<FieldError> errors) {
    if (area == null || area.signum() <= 0 || area.compareTo(MAX_AREA) > 0 || area.scale() > 2) {
      errors.add(new FieldError(field, "面积须为大于 0 的数，最多两位小数 / a positive area in m² with at most 2 decimals"));
    }
  }

  private static void code(String value, String field, String label, List<FieldError> errors) {
    if (value == null || !CODE.matcher(upper(value)).matches()) {
      errors.add(new FieldError(field, label + "须为 1-8 位字母或数字 / 1-8 letters or digits"));
    }
  }

  /**
   * Parses an enum value leniently (case, blanks).
   *
   * @param type the enum
   * @param text the text
   * @param blank the value for a blank text
   * @param <E> the enum type
   * @return the value, or null when invalid
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, E blank) {
    if (text == null || text.isBlank()) {
      return blank;
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String upper(String text) {
    return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
  }
}
