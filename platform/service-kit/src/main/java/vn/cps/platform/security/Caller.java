package vn.cps.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the bearer token: user, roles, jurisdiction and agency. */
@RequestScoped
public class Caller {

    public static final String JURISDICTION_CLAIM = "jurisdiction";
    public static final String AGENCY_CLAIM = "agency";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** A stable user id: the token subject, or the preferred user name. */
    public String userId() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public String userName() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Jurisdiction jurisdiction() {
        Object claim = token.getClaim(JURISDICTION_CLAIM);
        return Jurisdiction.parse(claim == null ? null : claim.toString());
    }

    public Optional<String> agency() {
        Object claim = token.getClaim(AGENCY_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString());
    }

    /**
     * Whether the record lies inside the caller's jurisdiction: the one check behind every single
     * read (a record out of scope answers 404, so its existence does not leak); lists use the same
     * rule as a query condition ({@link Jurisdiction#condition}).
     */
    public boolean canSee(Scoped record) {
        return jurisdiction().covers(record.provinceCode(), record.communeCode());
    }
}
