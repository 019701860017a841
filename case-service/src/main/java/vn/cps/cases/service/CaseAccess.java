package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.cps.cases.domain.CaseTransfer;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.Referral;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.cases.persistence.ReferralRepository;
import vn.cps.cases.persistence.TransferRepository;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Roles;

/**
 * Who may see a case, in one place: the case-side roles by jurisdiction (DESIGN.md section 5);
 * the agencies (liaisons and partner systems) never read the case itself, only the view of an open
 * referral to their agency (least privilege), whatever their jurisdiction; the receiving commune of a pending transfer may read the case to
 * decide on it. Anything else is 404, so that existence does not leak.
 */
@ApplicationScoped
public class CaseAccess {

    private static final Set<String> CASE_SIDE = Set.of(Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER,
            Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN);
    private static final Set<String> AGENCY_SIDE = Set.of(Roles.AGENCY_LIAISON, Roles.PARTNER_SYSTEM);

    private final CaseRepository cases;
    private final ReferralRepository referrals;
    private final TransferRepository transfers;
    private final Caller caller;

    CaseAccess(CaseRepository cases, ReferralRepository referrals, TransferRepository transfers, Caller caller) {
        this.cases = cases;
        this.referrals = referrals;
        this.transfers = transfers;
        this.caller = caller;
    }

    /** The case if the caller may read it. */
    public ChildCase readable(UUID caseId) {
        ChildCase c = cases.findById(caseId);
        if (c != null && (byJurisdiction(c) || byPendingTransfer(c))) {
            return c;
        }
        throw ProblemException.notFound("Case", caseId);
    }

    /** The receiving side of a pending transfer may read the case to decide on it. */
    private boolean byPendingTransfer(ChildCase c) {
        return CASE_SIDE.stream().anyMatch(caller::hasRole) && transfers.pendingOf(c.id())
                .map(t -> caller.jurisdiction().covers(t.to().provinceCode(), t.to().communeCode())).orElse(false);
    }

    /** A pending transfer addressed to the caller's jurisdiction. */
    public CaseTransfer incomingTransfer(UUID transferId) {
        CaseTransfer t = transfers.findById(transferId);
        if (t != null && CASE_SIDE.stream().anyMatch(caller::hasRole)
                && caller.jurisdiction().covers(t.to().provinceCode(), t.to().communeCode())) {
            return t;
        }
        throw ProblemException.notFound("Transfer", transferId);
    }

    /** The case if the caller may act on it as the case side (its jurisdiction). */
    public ChildCase changeable(UUID caseId) {
        ChildCase c = cases.findById(caseId);
        if (c != null && byJurisdiction(c)) {
            return c;
        }
        throw ProblemException.notFound("Case", caseId);
    }

    /** A referral the caller's agency may act on and see: addressed to it and still giving access. */
    public Referral agencyReferral(UUID referralId) {
        Referral r = referrals.findById(referralId);
        Optional<String> agency = caller.agency();
        if (r != null && isAgency() && agency.isPresent() && r.agencyCode().equals(agency.get())
                && (r.grantsAccessTo(agency.get()))) {
            return r;
        }
        throw ProblemException.notFound("Referral", referralId);
    }

    /** A referral the caller may see: on the case side through its case, on the agency side if addressed to it. */
    public Referral readableReferral(UUID referralId) {
        Referral r = referrals.findById(referralId);
        if (r != null) {
            ChildCase c = cases.findById(r.caseId());
            if (byJurisdiction(c)) {
                return r;
            }
            if (isAgency() && caller.agency().map(r::grantsAccessTo).orElse(false)) {
                return r;
            }
        }
        throw ProblemException.notFound("Referral", referralId);
    }

    /**
     * Reporter identity is shown only to hotline operators and to the case workers and approvers of
     * the commune that owns the record.
     */
    public boolean maySeeReporter(String communeCode) {
        if (caller.hasRole(Roles.HOTLINE_OPERATOR)) {
            return true;
        }
        return (caller.hasRole(Roles.CASE_WORKER) || caller.hasRole(Roles.CASE_APPROVER)) && communeCode != null
                && communeCode.equals(caller.jurisdiction().code());
    }

    public boolean isAgency() {
        return AGENCY_SIDE.stream().anyMatch(caller::hasRole);
    }

    private boolean byJurisdiction(ChildCase c) {
        return CASE_SIDE.stream().anyMatch(caller::hasRole) && caller.canSee(c);
    }

    /**
     * A referral whose view of the case the caller may read: the case side through the case's
     * jurisdiction, the agency it is addressed to while it is open.
     */
    public Referral referralShowingCase(UUID referralId) {
        Referral r = referrals.findById(referralId);
        if (r != null) {
            if (byJurisdiction(cases.findById(r.caseId()))) {
                return r;
            }
            if (isAgency() && caller.agency().map(r::showsCaseTo).orElse(false)) {
                return r;
            }
        }
        throw ProblemException.notFound("Referral", referralId);
    }
}
