package vn.cps.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long and how many verified bearer tokens a service remembers ({@code cps.security.verified-tokens.*}). */
@ConfigMapping(prefix = "cps.security.verified-tokens")
public interface VerifiedTokenConfig {

    /** Off: every request's token is verified again (signature, issuer, audience, expiry). */
    @WithDefault("true")
    boolean enabled();

    /** Tokens remembered at most; the least useful are forgotten first. */
    @WithDefault("1000")
    int maxEntries();

    /**
     * A token is trusted without a new check for at most this long, and never past its {@code exp}:
     * the bound on how long a signing key removed from the realm is still honoured for it.
     */
    @WithDefault("60s")
    Duration ceiling();
}
