package vn.cps.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens this service has verified, with the identity each one proved, for a short while
 * (docs/decisions.md, "Verified tokens remembered"). A token is found only while both its own
 * {@code exp} and the ceiling after its verification lie ahead; a token that failed verification is
 * never remembered, and any change to a token (its signature included) makes it another key.
 */
public final class VerifiedTokens {

    private record Verified(SecurityIdentity identity, Instant trustedUntil) {
    }

    private final Cache<ByteBuffer, Verified> tokens;
    private final Duration ceiling;
    private final Clock clock;

    public VerifiedTokens(int maxEntries, Duration ceiling, Clock clock) {
        if (maxEntries < 1 || ceiling.isNegative() || ceiling.isZero()) {
            throw new IllegalArgumentException("maxEntries must be positive and ceiling longer than zero");
        }
        // expireAfterWrite only frees memory; whether an entry may be used is decided by trustedUntil
        // evictions run on the calling thread: a few map operations, no pool thread to wait for
        this.tokens = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ceiling)
                .executor(Runnable::run).build();
        this.ceiling = ceiling;
        this.clock = clock;
    }

    /** The identity the token proved, if it was verified and may still be trusted without a new check. */
    public Optional<SecurityIdentity> find(String token) {
        ByteBuffer key = key(token);
        Verified verified = tokens.getIfPresent(key);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.trustedUntil())) {
            tokens.invalidate(key);
            return Optional.empty();
        }
        return Optional.of(verified.identity());
    }

    /**
     * Remembers the identity a token was just verified to prove. An identity without a JWT principal
     * carrying {@code exp} is not remembered: nothing would bound it but the ceiling.
     */
    public void remember(String token, SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant trustedUntil = expires.isBefore(now.plus(ceiling)) ? expires : now.plus(ceiling);
        if (now.isBefore(trustedUntil)) {
            tokens.put(key(token), new Verified(identity, trustedUntil));
        }
    }

    /** How many tokens are remembered now (expired ones may still count until they are swept). */
    public long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }

    // The token's SHA-256: a lookup compares digests, never a prefix of a secret, and a key costs 32 bytes.
    private static ByteBuffer key(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
