package vn.cps.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.cps.platform.problem.ProblemException;

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

    /** Whether the record lies inside the caller's jurisdiction. */
    public boolean canSee(Scoped record) {
        return jurisdiction().covers(record.provinceCode(), record.communeCode());
    }

    /**
     * The one check before any single read or change: a record outside the caller's scope is
     * answered as not found, so that its existence does not leak.
     */
    public <T extends Scoped> T requireInScope(T record, String what, Object id) {
        if (record == null || !canSee(record)) {
            throw ProblemException.notFound(what, id);
        }
        return record;
    }
}
