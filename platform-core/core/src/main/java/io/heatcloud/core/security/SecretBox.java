package io.heatcloud.core.security;

import io.heatcloud.core.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts small secrets kept in the database (AES-256-GCM, random 96-bit nonce per value). The key
 * comes from {@code heatcloud.secrets.key} / {@code HEATCLOUD_SECRETS_KEY} (base64 of 32 bytes); a
 * deployment without one gets a key generated once into {@code secrets.key} (owner-only) under the
 * files directory, so that a database copy alone does not reveal the secrets.
 */
@ApplicationScoped
public class SecretBox {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PlatformConfig config;

  private volatile SecretKey key;

  /**
   * Encrypts.
   *
   * @param plain the secret
   * @param context what the secret belongs to (bound into the tag: a value moved to another row fails)
   * @return base64 of nonce + ciphertext
   */
  public String seal(String plain, String context) {
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  /**
   * Decrypts.
   *
   * @param sealed what {@link #seal} returned
   * @param context the same context
   * @return the secret
   */
  public String open(String sealed, String context) {
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, bytes, 0, 12));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot decrypt a stored secret (wrong key?)", e);
    }
  }

  private SecretKey key() {
    SecretKey k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(loadKey(), "AES");
        }
        k = key;
      }
    }
    return k;
  }

  private byte[] loadKey() {
    String configured = config.secretsKey();
    if (configured != null) {
      byte[] bytes = Base64.getDecoder().decode(configured);
      if (bytes.length != 32) {
        throw new IllegalStateException("heatcloud.secrets.key must be base64 of 32 bytes");
      }
      return bytes;
    }
    Path file = config.filesDirectory().resolve("secrets.key");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try {
          Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
          try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's permissions protect it
          }
        } catch (java.nio.file.FileAlreadyExistsException e) {
          // another thread or node wrote it first: read theirs
        }
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }
}
