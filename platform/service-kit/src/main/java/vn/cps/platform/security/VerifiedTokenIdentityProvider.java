package vn.cps.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * Bearer tokens are verified by Quarkus OIDC once, then answered from {@link VerifiedTokens} until
 * their {@code exp} or the ceiling: the check (JSON parsing, RS256 signature, claims) was the largest
 * single item of case-service's profile (docs/performance.md). Runs before OIDC's own provider.
 */
@ApplicationScoped
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private final OidcIdentityProvider oidc;
    private final VerifiedTokenConfig config;
    private final VerifiedTokens verified;
    private final Counter found;
    private final Counter checked;

    VerifiedTokenIdentityProvider(OidcIdentityProvider oidc, VerifiedTokenConfig config, MeterRegistry registry) {
        this.oidc = oidc;
        this.config = config;
        this.verified = new VerifiedTokens(config.maxEntries(), config.ceiling(), Clock.systemUTC());
        this.found = registry.counter("cps.security.verified.tokens", "result", "remembered");
        this.checked = registry.counter("cps.security.verified.tokens", "result", "checked");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before OIDC's provider, which has the default priority for providers outside Quarkus itself. */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!config.enabled() || !(request.getToken() instanceof AccessTokenCredential)) {
            return oidc.authenticate(request, context);
        }
        String token = request.getToken().getToken();
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        Optional<SecurityIdentity> known = verified.find(token);
        if (known.isPresent()) {
            found.increment();
            return Uni.createFrom().item(withRequest(known.get(), current));
        }
        checked.increment();
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null) {
                // the remembered copy holds no request of its own; each answer gets the current one
                verified.remember(token, withRequest(identity, null));
            }
        });
    }

    private static SecurityIdentity withRequest(SecurityIdentity identity, RoutingContext request) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, request).build();
    }
}
