package vn.cps.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** What VerifiedTokens answers as its clock moves: never past a token's exp, never past the ceiling. */
class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration CEILING = Duration.ofSeconds(60);

    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };
    private final VerifiedTokens tokens = new VerifiedTokens(3, CEILING, clock);

    @Test
    void aVerifiedTokenIsFoundUntilTheCeilingAfterItsVerification() {
        SecurityIdentity operator = identity("operator111", T0.plus(Duration.ofMinutes(15)));
        tokens.remember("token-a", operator);

        now = T0.plus(CEILING).minusMillis(1);
        assertThat(tokens.find("token-a")).containsSame(operator);
        now = T0.plus(CEILING);
        assertThat(tokens.find("token-a")).as("at the ceiling the token must be verified again").isEmpty();
        now = T0;
        assertThat(tokens.find("token-a")).as("an entry past its ceiling is forgotten, not kept").isEmpty();
    }

    @Test
    void aTokenIsNeverFoundAtOrAfterItsExpiry() {
        tokens.remember("token-b", identity("officer", T0.plusSeconds(10)));

        now = T0.plusSeconds(9);
        assertThat(tokens.find("token-b")).isPresent();
        now = T0.plusSeconds(10);
        assertThat(tokens.find("token-b")).as("exp comes before the ceiling").isEmpty();
    }

    @Test
    void onlyTheExactTokenIsFound() {
        tokens.remember("header.payload.signature", identity("operator111", T0.plusSeconds(600)));

        assertThat(tokens.find("header.payload.signaturf")).isEmpty();
        assertThat(tokens.find("header.payload.signatur")).isEmpty();
        assertThat(tokens.find("header.payload.signature")).isPresent();
    }

    @Test
    void identitiesThatCannotBeBoundedAreNotRemembered() {
        tokens.remember("expired", identity("late", T0.minusSeconds(1)));
        tokens.remember("no-exp", identity("forever", Instant.EPOCH));
        Principal plain = () -> "plain";
        tokens.remember("not-a-jwt", QuarkusSecurityIdentity.builder().setPrincipal(plain).build());

        assertThat(tokens.find("expired")).isEmpty();
        assertThat(tokens.find("no-exp")).isEmpty();
        assertThat(tokens.find("not-a-jwt")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void noMoreThanMaxEntriesAreKept() {
        for (int i = 0; i < 10; i++) {
            tokens.remember("token-" + i, identity("user-" + i, T0.plusSeconds(600)));
        }
        assertThat(tokens.size()).isEqualTo(3);
    }

    @Test
    void aCeilingOfZeroOrNoEntriesIsRefused() {
        assertThatThrownBy(() -> new VerifiedTokens(0, CEILING, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedTokens(3, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SecurityIdentity identity(String user, Instant expires) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return user;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(expires.getEpochSecond()) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("hotline-operator").build();
    }
}
