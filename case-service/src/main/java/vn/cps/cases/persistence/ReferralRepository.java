package vn.cps.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cps.cases.domain.Referral;
import vn.cps.cases.domain.ReferralStatus;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public List<Referral> ofCase(UUID caseId) {
        return list("caseId = ?1 order by requestedAt, id", caseId);
    }

    /** Referrals still waiting for an answer or an outcome. */
    public long open(UUID caseId) {
        return count("caseId = ?1 and status in ?2", caseId,
                java.util.EnumSet.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED));
    }

    /** Referrals to an agency, newest first, optionally in one state. */
    public List<Referral> toAgency(String agencyCode, ReferralStatus status, int limit) {
        if (status == null) {
            return find("agencyCode = ?1 order by requestedAt desc, id desc", agencyCode).page(0, limit).list();
        }
        return find("agencyCode = ?1 and status = ?2 order by requestedAt desc, id desc", agencyCode, status)
                .page(0, limit).list();
    }
}
