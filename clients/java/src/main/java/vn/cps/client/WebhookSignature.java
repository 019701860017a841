package vn.cps.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a partner checks that a webhook came from notification-service and was not replayed. Each
 * delivery carries {@code X-CPS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">},
 * keyed with the secret issued when the webhook was registered (or rotated). Verify the raw bytes
 * as received, before parsing them.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-CPS-Signature";
    /** Deliveries older (or newer) than this are refused, so a captured request cannot be replayed later. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    /** The verdict on one delivery; only {@link #VALID} may be acted on. */
    public enum Verdict {
        VALID, MISSING, MALFORMED, STALE, MISMATCH
    }

    private WebhookSignature() {
    }

    public static Verdict verify(String secret, String header, String rawBody, Instant now) {
        return verify(secret, header, rawBody, now, DEFAULT_TOLERANCE);
    }

    public static Verdict verify(String secret, String header, String rawBody, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                return Verdict.MALFORMED;
            }
            if (kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return Verdict.MALFORMED;
                }
            } else if (kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null) {
            return Verdict.MALFORMED;
        }
        if (Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = hmac(secret, t + "." + rawBody).getBytes(UTF_8);
        return MessageDigest.isEqual(expected, v1.getBytes(UTF_8)) ? Verdict.VALID : Verdict.MISMATCH;
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
