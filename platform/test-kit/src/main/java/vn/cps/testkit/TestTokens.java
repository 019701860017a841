package vn.cps.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens signed with the key of the test OIDC server ({@code OidcWiremockTestResource}),
 * shaped like Keycloak's: realm roles in {@code realm_access.roles}, plus {@code jurisdiction}
 * and {@code agency}.
 * <pre>TestTokens.user("op1").roles("hotline-operator").jurisdiction("48").token()</pre>
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "cps-api";

    private final String user;
    private List<String> roles = List.of();
    private String jurisdiction;
    private String agency;
    // tokens are often made once per test class: valid for longer than any build runs
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(12));

    private TestTokens(String user) {
        this.user = user;
    }

    public static TestTokens user(String user) {
        return new TestTokens(user);
    }

    public TestTokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public TestTokens jurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
        return this;
    }

    public TestTokens agency(String agency) {
        this.agency = agency;
        return this;
    }

    public TestTokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** The signed JWT. */
    public String token() {
        Instant issuedAt = expiresAt.isBefore(Instant.now()) ? expiresAt.minus(Duration.ofMinutes(30)) : Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(user.getBytes()).toString())
                .preferredUserName(user)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (jurisdiction != null) {
            claims.claim("jurisdiction", jurisdiction);
        }
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** The {@code Authorization} header value. */
    public String bearer() {
        return "Bearer " + token();
    }
}
