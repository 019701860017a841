package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import vn.cps.cases.config.CaseConfig;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.PlanAction;
import vn.cps.cases.domain.PlanStatus;
import vn.cps.cases.domain.Referral;
import vn.cps.cases.domain.ReferralStatus;
import vn.cps.cases.domain.TimelineEntry;
import vn.cps.cases.messaging.CaseEvents;
import vn.cps.cases.persistence.CaseAccessLog;
import vn.cps.cases.persistence.CaseRecords;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.cases.persistence.ReferralRepository;
import vn.cps.events.EventTypes;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;

/**
 * Referrals between the commune and the agencies, each step one transaction with its timeline
 * entry and its event. The referral has its own version: every step after the request needs
 * {@code If-Match} with the referral's ETag.
 */
@ApplicationScoped
public class ReferralService {

    private final ReferralRepository referrals;
    private final CaseRepository cases;
    private final CaseRecords records;
    private final CaseAccess access;
    private final Outbox outbox;
    private final Caller caller;
    private final CaseAccessLog accessLog;
    private final CaseConfig config;
    private final Clock clock = Clock.systemUTC();

    ReferralService(ReferralRepository referrals, CaseRepository cases, CaseRecords records, CaseAccess access,
            Outbox outbox, Caller caller, CaseAccessLog accessLog, CaseConfig config) {
        this.accessLog = accessLog;
        this.config = config;
        this.referrals = referrals;
        this.cases = cases;
        this.records = records;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Refers the case, or one action of its approved plan, to an agency. */
    @Transactional
    public Referral request(UUID caseId, String agencyCode, String reason, Instant responseDue, UUID planActionId) {
        ChildCase c = access.changeable(caseId);
        Instant now = clock.instant();
        if (c.isEnded()) {
            throw ProblemException.conflict("The case is " + c.status() + "; reopen it before referring it");
        }
        if (planActionId != null) {
            boolean ofApprovedPlan = records.planWithStatus(c.id(), PlanStatus.APPROVED)
                    .map(p -> p.actions().stream().anyMatch(a -> a.id().equals(planActionId))).orElse(false);
            if (!ofApprovedPlan) {
                throw ProblemException.unprocessable("planActionId", "is not an action of the case's approved plan");
            }
        }
        Referral r = DomainRefusals.translate(() -> Referral.request(c.id(), planActionId, agencyCode, reason, responseDue,
                caller.userId(), now));
        referrals.persist(r);
        log(c, r, EventTypes.CASE_REFERRAL_REQUESTED_V1, "Referred to " + agencyCode, now);
        return r;
    }

    @Transactional
    public Referral accept(UUID referralId, String ifMatch, String note) {
        return agencyStep(referralId, ifMatch, r -> r.accept(caller.userId(), note, clock.instant()),
                EventTypes.CASE_REFERRAL_ACCEPTED_V1, "accepted");
    }

    @Transactional
    public Referral decline(UUID referralId, String ifMatch, String reason) {
        return agencyStep(referralId, ifMatch, r -> r.decline(caller.userId(), reason, clock.instant()),
                EventTypes.CASE_REFERRAL_DECLINED_V1, "declined");
    }

    @Transactional
    public Referral complete(UUID referralId, String ifMatch, String outcome) {
        return agencyStep(referralId, ifMatch, r -> r.complete(outcome, clock.instant()),
                EventTypes.CASE_REFERRAL_COMPLETED_V1, "completed");
    }

    /** The referring side withdraws; the agency loses access to the case. */
    @Transactional
    public Referral withdraw(UUID referralId, String ifMatch, String reason) {
        Referral r = access.readableReferral(referralId);
        ChildCase c = access.changeable(r.caseId());
        ProblemException.requireVersion(ifMatch, r.version());
        Instant now = clock.instant();
        DomainRefusals.translate(() -> {
            r.withdraw(now);
            return r;
        });
        flush();
        log(c, r, EventTypes.CASE_REFERRAL_WITHDRAWN_V1, "Referral to " + r.agencyCode() + " withdrawn: " + reason, now);
        return r;
    }

    @Transactional
    public Referral read(UUID referralId) {
        return access.readableReferral(referralId);
    }

    /** A referral with the facts of its case, and its plan action if it refers one. */
    public record ReferredCase(Referral referral, ChildCase childCase, PlanAction action, int childAge) {
    }

    /**
     * What the agency needs to act on a referral, and nothing more; the read is access-logged with
     * the view served. Open referrals only, for the agency; the case side may see what it shows.
     */
    @Transactional
    public ReferredCase referredCase(UUID referralId, String purpose) {
        Referral r = access.referralShowingCase(referralId);
        ChildCase c = cases.findById(r.caseId());
        PlanAction action = r.planActionId() == null ? null
                : records.actionOfCase(c.id(), r.planActionId()).orElseThrow(
                        () -> new IllegalStateException("referral " + r.id() + " names an action its case lacks"));
        accessLog.recordRead(c.id(), caller.userId(), caller.roles(), purpose,
                action == null ? CaseAccessLog.View.REFERRED_CASE : CaseAccessLog.View.REFERRED_ACTION);
        return new ReferredCase(r, c, action, c.child().ageOn(LocalDate.ofInstant(clock.instant(), config.legalZone())));
    }

    @Transactional
    public List<Referral> ofCase(UUID caseId) {
        return referrals.ofCase(access.changeable(caseId).id());
    }

    /** The agency's worklist: referrals to the caller's agency. */
    @Transactional
    public List<Referral> toMyAgency(ReferralStatus status, int limit) {
        String agency = caller.agency().orElseThrow(() -> ProblemException.unprocessable("agency",
                "your token carries no agency claim"));
        return referrals.toAgency(agency, status, limit);
    }

    private Referral agencyStep(UUID referralId, String ifMatch, Consumer<Referral> step, String type, String verb) {
        Referral r = access.agencyReferral(referralId);
        ProblemException.requireVersion(ifMatch, r.version());
        Instant now = clock.instant();
        DomainRefusals.translate(() -> {
            step.accept(r);
            return r;
        });
        flush();
        log(cases.findById(r.caseId()), r, type, "Referral to " + r.agencyCode() + " " + verb, now);
        return r;
    }

    private void flush() {
        // the new version becomes the ETag of the answer
        referrals.flush();
    }

    private void log(ChildCase c, Referral r, String type, String text, Instant now) {
        records.add(TimelineEntry.step(c.id(), text, caller.userId(), now));
        outbox.append(CaseEvents.AGGREGATE_TYPE, c.id(), type, CaseEvents.referral(c, r, now));
    }
}
