package vn.cps.platform.sealing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Keys that seal the most sensitive fields at rest ({@code cps.sealing.*}, from the environment in
 * production: {@code CPS_SEALING_KEYS}, {@code CPS_SEALING_ACTIVE_KEY}, {@code CPS_SEALING_LOOKUP_KEY}).
 * Optional here because only the services that seal need them; those refuse to start without them.
 */
@ConfigMapping(prefix = "cps.sealing")
public interface SealingConfig {

    /**
     * The key ring: {@code id:base64,id:base64}, each key 32 random bytes (AES-256). Old keys stay in
     * the ring until a rotation has resealed every value under the active one.
     */
    Optional<String> keys();

    /** The id of the key new values are sealed with. */
    Optional<String> activeKey();

    /** 32 random bytes, base64: the HMAC key of the lookup hashes (duplicate search on personal ID). */
    Optional<String> lookupKey();

    /**
     * Whether this service seals fields at rest; read at build time, it also builds in the rotation
     * endpoint ({@link KeyRotationResource}).
     */
    @WithDefault("false")
    boolean atRest();

    /** Whether values of older keys, and unsealed ones, are resealed in the background at start. */
    @WithDefault("true")
    boolean resealAtStart();

    /** Rows resealed per transaction by a rotation. */
    @WithDefault("200")
    int rotationBatchSize();
}
