package org.tongban.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Field-level encryption of sensitive columns (common.md §6.7): AES-256-GCM with a random 96-bit IV per
 * value, stored as {@code v1:<base64(iv ‖ ciphertext ‖ tag)>}. The key comes from configuration
 * ({@code tongban.security.field-key}, 32 bytes in Base64; production sets {@code TONGBAN_FIELD_KEY}).
 * SM4 is the practice named in the domain file, but no SM4 provider is on the classpath; the prefix
 * leaves room for a {@code v2:} SM4 scheme and key rotation.
 */
@Component
public class FieldEncryption {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** The key in application.yml for demo and development data; anyone can read it. */
    static final String DEVELOPMENT_KEY = "dG9uZ2Jhbi1kZXZlbG9wbWVudC1rZXktMzItYnl0ZXM=";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FieldEncryption.class);

    private final SecretKey key;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    FieldEncryption(@Value("${tongban.security.field-key}") String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("tongban.security.field-key must be 32 bytes in Base64 (AES-256)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        if (DEVELOPMENT_KEY.equals(base64Key.strip())) {
            log.warn("Personal data is encrypted with the public development key: set TONGBAN_FIELD_KEY in production");
        }
        try {
            // A key of its own for the hashes, derived from the field key: one secret to keep.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            this.hashKey = new SecretKeySpec(mac.doFinal("tongban-identifier-hash".getBytes(StandardCharsets.UTF_8)),
                    "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A keyed hash (HMAC-SHA256, hex) of an identifier such as an ID number: equal inputs give equal
     * hashes, so a record can be found again without decrypting, and the hash alone reveals nothing.
     */
    public String hash(String identifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field hashing failed", e);
        }
    }

    /** The ciphertext of {@code plain}; null stays null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    /** The plain text of a value from {@link #encrypt}; a tampered value or wrong key fails loudly. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Not an encrypted field value");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field decryption failed (wrong key or altered value)", e);
        }
    }
}
