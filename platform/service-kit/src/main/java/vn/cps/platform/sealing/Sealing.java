package vn.cps.platform.sealing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a field with AES-256-GCM under the active key: {@code sealed:v1:<key id>:<base64 of nonce,
 * ciphertext and tag>}. The key id travels with the value, so a value sealed under an older key of
 * the ring still opens, and a rotation knows what to reseal. A lookup hash (HMAC-SHA256) lets equal
 * values be found without opening them.
 */
@ApplicationScoped
public class Sealing {

    static final String PREFIX = "sealed:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Binds each ciphertext to this scheme: a value sealed for another purpose does not open here. */
    private static final byte[] ASSOCIATED_DATA = "cps-sealed-field-v1".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, SecretKey> ring;
    private final String activeKey;
    private final SecretKey lookupKey;
    private final SecureRandom random = new SecureRandom();

    @Inject
    Sealing(SealingConfig config) {
        this(required(config.keys(), "cps.sealing.keys (CPS_SEALING_KEYS)"),
                required(config.activeKey(), "cps.sealing.active-key (CPS_SEALING_ACTIVE_KEY)"),
                required(config.lookupKey(), "cps.sealing.lookup-key (CPS_SEALING_LOOKUP_KEY)"));
    }

    private static String required(java.util.Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException(name + " is not set: this service seals fields at rest"));
    }

    /** From the textual settings; refuses a malformed ring, a short key or an active key not in the ring. */
    public Sealing(String keys, String activeKey, String lookupKey) {
        this.ring = parseRing(keys);
        if (!ring.containsKey(activeKey)) {
            throw new IllegalStateException("cps.sealing.active-key '" + activeKey + "' is not in cps.sealing.keys "
                    + ring.keySet());
        }
        this.activeKey = activeKey;
        this.lookupKey = new SecretKeySpec(decodeKey("cps.sealing.lookup-key", lookupKey), "HmacSHA256");
    }

    private static Map<String, SecretKey> parseRing(String keys) {
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        for (String entry : keys.split(",")) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || !trimmed.substring(0, colon).matches("[A-Za-z0-9._-]{1,40}")) {
                throw new IllegalStateException("cps.sealing.keys: each entry is <id>:<base64 key>, the id of letters, "
                        + "digits, '.', '_' or '-'");
            }
            String id = trimmed.substring(0, colon);
            if (ring.put(id, new SecretKeySpec(decodeKey("cps.sealing.keys[" + id + "]", trimmed.substring(colon + 1)),
                    "AES")) != null) {
                throw new IllegalStateException("cps.sealing.keys: key id '" + id + "' appears twice");
            }
        }
        return ring;
    }

    private static byte[] decodeKey(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (256 bits), is " + key.length);
        }
        return key;
    }

    public String activeKey() {
        return activeKey;
    }

    /** The value sealed under the active key; null stays null. */
    public String seal(String plain) {
        return plain == null ? null : sealUnder(activeKey, plain);
    }

    /** The value sealed under a named key of the ring (a rotation test seals under an old one). */
    public String sealUnder(String keyId, String plain) {
        SecretKey key = key(keyId);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keyId + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plain value. A value without the sealed prefix was written before sealing existed and is
     * returned as it is, until the first rotation seals it.
     *
     * @throws SealedValueException when the key is not in the ring or the value was altered
     */
    public String open(String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new SealedValueException("a sealed value without its key id");
        }
        SecretKey key = ring.get(stored.substring(PREFIX.length(), colon));
        if (key == null) {
            throw new SealedValueException("sealed under key '" + stored.substring(PREFIX.length(), colon)
                    + "', which is not in cps.sealing.keys");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(ASSOCIATED_DATA);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new SealedValueException("a sealed value that does not open: altered, or sealed with another key");
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Whether the stored value is sealed under the active key (nothing for a rotation to do). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + activeKey + ":");
    }

    /** The prefix of values sealed under the active key, for SQL that looks for the others. */
    public String currentPrefix() {
        return PREFIX + activeKey + ":";
    }

    /** HMAC-SHA256 of the value, hex; equal values have equal hashes, and the hash does not reveal the value. */
    public String lookupHash(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private SecretKey key(String keyId) {
        SecretKey key = ring.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("no key '" + keyId + "' in cps.sealing.keys");
        }
        return key;
    }
}
