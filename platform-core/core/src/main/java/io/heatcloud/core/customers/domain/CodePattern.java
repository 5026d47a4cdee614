package io.heatcloud.core.customers.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed coding rule such as {@code {COMPANY}{COMMUNITY}{SEQ:5}}: literal upper-case letters,
 * digits and {@code -} between fields. Fields: {@code REGION}, {@code COMPANY} (codes of the tree),
 * {@code COMMUNITY}, {@code BUILDING}, {@code UNIT}, {@code ROOM} (the premise), and {@code SEQ:n}
 * (an n-digit sequence, per prefix, for customer and account numbers only).
 */
public final class CodePattern {

  /** A field of a pattern. */
  public enum Field {
    /** The regional company's code. */
    REGION,
    /** The company's code. */
    COMPANY,
    /** The community's code. */
    COMMUNITY,
    /** The building's number. */
    BUILDING,
    /** The unit's number. */
    UNIT,
    /** The room's number. */
    ROOM,
    /** The sequence. */
    SEQ
  }

  private static final Pattern TOKEN = Pattern.compile("\\{([A-Z]+)(?::(\\d{1,2}))?\\}|([A-Z0-9-]+)");

  private final String text;
  private final List<Object> parts;
  private final int sequenceDigits;

  private CodePattern(String text, List<Object> parts, int sequenceDigits) {
    this.text = text;
    this.parts = parts;
    this.sequenceDigits = sequenceDigits;
  }

  /**
   * Parses and checks a pattern for a kind of code.
   *
   * @param kind what it numbers
   * @param text the pattern
   * @return the pattern
   * @throws IllegalArgumentException with the reason, in Chinese and English
   */
  public static CodePattern parse(CodeKind kind, String text) {
    if (text == null || text.isBlank() || text.length() > 100) {
      throw new IllegalArgumentException("编码规则不能为空 / the pattern is empty or too long");
    }
    List<Object> parts = new ArrayList<>();
    Set<Field> fields = EnumSet.noneOf(Field.class);
    int digits = 0;
    Matcher m = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException("编码规则在第 " + (at + 1) + " 个字符处无效 / invalid pattern at character " + (at + 1)
            + ": use {FIELD} and upper-case letters, digits or '-'");
      }
      if (m.group(3) != null) {
        parts.add(m.group(3));
      } else {
        Field field;
        try {
          field = Field.valueOf(m.group(1));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("未知字段 / unknown field {" + m.group(1) + "}");
        }
        if (!fields.add(field)) {
          throw new IllegalArgumentException("字段重复 / field {" + field + "} appears twice");
        }
        if (field == Field.SEQ) {
          digits = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
          if (digits < 3 || digits > 12) {
            throw new IllegalArgumentException("序号须为 3 到 12 位 / {SEQ:n} needs 3 to 12 digits");
          }
        } else if (m.group(2) != null) {
          throw new IllegalArgumentException("只有 SEQ 可带位数 / only {SEQ:n} takes a length");
        }
        parts.add(field);
      }
      at = m.end();
    }
    switch (kind) {
      case CUSTOMER -> {
        require(fields.contains(Field.SEQ), "客户编号须含 {SEQ:n} / customer numbers need {SEQ:n}");
        require(fields.stream().allMatch(f -> f == Field.SEQ || f == Field.REGION || f == Field.COMPANY),
            "客户编号只能用 {REGION}、{COMPANY} 和 {SEQ:n} / customer numbers use only {REGION}, {COMPANY}, {SEQ:n}");
      }
      case ACCOUNT -> {
        require(fields.contains(Field.SEQ), "户号须含 {SEQ:n} / account numbers need {SEQ:n}");
        require(fields.stream().noneMatch(f -> f == Field.BUILDING || f == Field.UNIT || f == Field.ROOM),
            "户号不能含楼、单元、房号 / account numbers cannot use {BUILDING}, {UNIT} or {ROOM}");
      }
      case PREMISE -> {
        require(!fields.contains(Field.SEQ), "房屋编码不能含序号 / premise codes have no {SEQ}");
        require(fields.containsAll(EnumSet.of(Field.COMMUNITY, Field.BUILDING, Field.UNIT, Field.ROOM)),
            "房屋编码须含 {COMMUNITY}{BUILDING}{UNIT}{ROOM} / premise codes need {COMMUNITY}, {BUILDING}, {UNIT} and {ROOM}");
      }
    }
    return new CodePattern(text, List.copyOf(parts), digits);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * The code for a place, with the sequence part still open.
   *
   * @param values the field values
   * @return the prefix and suffix around the sequence (the whole code when there is none)
   */
  public Split expand(java.util.Map<Field, String> values) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    StringBuilder current = before;
    for (Object part : parts) {
      if (part == Field.SEQ) {
        current = after;
      } else if (part instanceof Field field) {
        String value = values.get(field);
        if (value == null || value.isBlank()) {
          throw new IllegalArgumentException("编码缺少 " + field + " / the code needs a " + field);
        }
        current.append(value.trim().toUpperCase(java.util.Locale.ROOT));
      } else {
        current.append(part);
      }
    }
    return new Split(before.toString(), after.toString(), sequenceDigits);
  }

  /**
   * The pattern's text.
   *
   * @return e.g. {@code {COMPANY}{COMMUNITY}{SEQ:5}}
   */
  public String text() {
    return text;
  }

  /**
   * A code split around its sequence.
   *
   * @param prefix what comes before the sequence (also the sequence's scope)
   * @param suffix what comes after
   * @param digits the sequence's digits, 0 for codes without one
   */
  public record Split(String prefix, String suffix, int digits) {

    /**
     * The code with a sequence number.
     *
     * @param sequence the number
     * @return the code
     */
    public String with(long sequence) {
      if (digits == 0) {
        return prefix + suffix;
      }
      String number = String.format("%0" + digits + "d", sequence);
      if (number.length() > digits) {
        throw new IllegalStateException("序号已用尽 / the sequence of " + prefix + " is exhausted");
      }
      return prefix + number + suffix;
    }
  }
}
