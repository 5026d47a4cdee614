package io.heatcloud.core.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules, shared by staff and (with a shorter minimum) portal users.
 *
 * <p>Always: a minimum length (12 for staff by default), at most 128 characters, not one of the
 * common passwords in {@code security/common-passwords.txt}, not containing the user name, not a
 * single repeated character or a run of consecutive digits. The composition rule differs between
 * the two sources the platform follows: OWASP ASVS asks for none, the Chinese banking
 * specification for several character classes. It is a deployment setting, {@code
 * heatcloud.security.password.composition}: {@code three-classes} (the default and the stricter:
 * three of lower case, upper case, digits and symbols) or {@code none}.
 */
public final class PasswordPolicy {

  /** The longest password accepted. */
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = loadCommonPasswords();

  private final int minLength;
  private final boolean requireThreeClasses;

  /**
   * Creates a policy.
   *
   * @param minLength the minimum length
   * @param requireThreeClasses whether three character classes are required
   */
  public PasswordPolicy(int minLength, boolean requireThreeClasses) {
    this.minLength = minLength;
    this.requireThreeClasses = requireThreeClasses;
  }

  /**
   * The policy for staff from the deployment's settings.
   *
   * @param minLength the configured minimum length
   * @return the policy
   */
  public static PasswordPolicy forStaff(int minLength) {
    String composition =
        System.getProperty("heatcloud.security.password.composition", "three-classes");
    return new PasswordPolicy(minLength, !"none".equalsIgnoreCase(composition.trim()));
  }

  /**
   * Checks a password.
   *
   * @param password the candidate
   * @param username the user's name, which the password must not contain
   * @return the rules it breaks, in Chinese and English; empty when it is acceptable
   */
  public List<String> violations(String password, String username) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.length() < minLength) {
      problems.add("密码至少 " + minLength + " 个字符 / at least " + minLength + " characters");
      if (password == null) {
        return problems;
      }
    }
    if (password.length() > MAX_LENGTH) {
      problems.add("密码最多 " + MAX_LENGTH + " 个字符 / at most " + MAX_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || COMMON.contains(stripTrailingDigitsAndSymbols(lower))) {
      problems.add("密码过于常见 / the password is too common");
    }
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      problems.add("密码不能包含用户名 / the password must not contain the user name");
    }
    if (password.chars().distinct().count() <= 2 || isDigitRun(password)) {
      problems.add("密码过于简单 / the password is too simple");
    }
    if (requireThreeClasses && classes(password) < 3) {
      problems.add(
          "密码须包含大写字母、小写字母、数字、符号中的至少三类 / use three of: upper case, lower case, digits, symbols");
    }
    return problems;
  }

  private static int classes(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  private static boolean isDigitRun(String password) {
    if (!password.chars().allMatch(Character::isDigit)) {
      return false;
    }
    for (int i = 1; i < password.length(); i++) {
      int step = password.charAt(i) - password.charAt(i - 1);
      if (step != 1 && step != -1) {
        return false;
      }
    }
    return true;
  }

  private static String stripTrailingDigitsAndSymbols(String password) {
    int end = password.length();
    while (end > 0 && !Character.isLetter(password.charAt(end - 1))) {
      end--;
    }
    return password.substring(0, end);
  }

  private static Set<String> loadCommonPasswords() {
    Set<String> set = new HashSet<>();
    try (InputStream in =
        PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("security/common-passwords.txt is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.trim();
        if (!word.isEmpty() && !word.startsWith("#")) {
          set.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(set);
  }
}
