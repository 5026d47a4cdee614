package io.heatcloud.core.security;

import io.heatcloud.core.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 (600 000 iterations by default, 16-byte random salt,
 * 32-byte key), encoded as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). Verification
 * compares in constant time and reads the iteration count from the hash, so that the count can be
 * raised without invalidating stored passwords ({@link #needsRehash}).
 */
@ApplicationScoped
public class PasswordHasher {

  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;

  private final SecureRandom random = new SecureRandom();
  private final int iterations;
  private volatile String dummyHash;

  /**
   * Creates the hasher with the configured iteration count.
   *
   * @param config the platform settings
   */
  @Inject
  public PasswordHasher(PlatformConfig config) {
    this(config.pbkdf2Iterations());
  }

  /**
   * Creates a hasher with an explicit iteration count.
   *
   * @param iterations PBKDF2 iterations for new hashes
   */
  public PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
  }

  /** For CDI proxies. */
  protected PasswordHasher() {
    this.iterations = 600_000;
  }

  /**
   * Hashes a password with a new salt.
   *
   * @param password the password
   * @return the encoded hash
   */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
  }

  /**
   * Checks a password against an encoded hash.
   *
   * @param password the password given
   * @param encoded the stored hash
   * @return true when they match
   */
  public boolean verify(char[] password, String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    int count;
    try {
      count = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] salt = b64.decode(parts[2]);
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, salt, count);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Spends the same time as a real verification, for logins of unknown users, so that response
   * times do not reveal which user names exist.
   *
   * @param password the password given
   */
  public void verifyDummy(char[] password) {
    String hash = dummyHash;
    if (hash == null) {
      hash = hash("heatcloud-dummy-password".toCharArray());
      dummyHash = hash;
    }
    verify(password, hash);
  }

  /**
   * Whether a stored hash uses fewer iterations than configured now.
   *
   * @param encoded the stored hash
   * @return true when it should be replaced at the next successful login
   */
  public boolean needsRehash(String encoded) {
    String[] parts = encoded.split("\\$");
    return parts.length != 4 || !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
