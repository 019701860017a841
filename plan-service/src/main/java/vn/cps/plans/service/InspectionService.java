package vn.cps.plans.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.cps.events.EventTypes;
import vn.cps.plans.domain.Inspection;
import vn.cps.plans.domain.Recommendation;
import vn.cps.plans.messaging.PlanEvents;
import vn.cps.plans.persistence.InspectionRepository;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;

/** Inspections and their recommendations, assigned to agencies and followed up until resolved. */
@ApplicationScoped
public class InspectionService {

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final InspectionRepository inspections;
    private final PlanService plans;
    private final Outbox outbox;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    InspectionService(InspectionRepository inspections, PlanService plans, Outbox outbox, Caller caller,
            ObjectMapper objectMapper) {
        this.json = objectMapper;
        this.inspections = inspections;
        this.plans = plans;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public Inspection record(String title, String authority, String jurisdiction, LocalDate conductedOn,
            String documentReference, UUID planId) {
        plans.requireJurisdiction(jurisdiction, "jurisdiction");
        if (planId != null) {
            plans.read(planId);
        }
        Instant now = clock.instant();
        Inspection i = PlanRefusals.translate(() -> new Inspection(title, authority, jurisdiction, conductedOn,
                documentReference, planId, caller.userId(), now, LocalDate.ofInstant(now, LEGAL_ZONE)));
        inspections.persist(i);
        return i;
    }

    @Transactional
    public Inspection read(UUID id) {
        Inspection i = inspections.findById(id);
        if (i == null || !plans.mayRead(i.jurisdiction())) {
            throw ProblemException.notFound("Inspection", id);
        }
        return i;
    }

    @Transactional
    public List<Inspection> list(int limit) {
        Jurisdiction scope = caller.jurisdiction();
        if (scope.level() == Jurisdiction.Level.NONE) {
            return List.of();
        }
        return inspections.of(scope.level() == Jurisdiction.Level.NATIONAL ? null : scope.currentCodes(), limit);
    }

    @Transactional
    public Recommendation recommend(UUID inspectionId, String text, String agencyCode, LocalDate dueDate) {
        Inspection i = read(inspectionId);
        plans.requireJurisdiction(i.jurisdiction(), "inspectionId");
        return issue(i, text, agencyCode, dueDate);
    }

    private Recommendation issue(Inspection i, String text, String agencyCode, LocalDate dueDate) {
        Recommendation r = new Recommendation(i.id(), text, agencyCode, dueDate);
        inspections.add(r);
        outbox.append(PlanEvents.PLAN, i.id(), EventTypes.PLAN_RECOMMENDATION_ISSUED_V1,
                PlanEvents.recommendation(i, r, clock.instant()));
        return r;
    }

    /** An inspection of the documents this project started from, as shipped in {@code seeds/inspections/<name>.json}. */
    public record Fixture(String source, String title, String inspectingAuthority, String jurisdiction,
            LocalDate conductedOn, String documentReference, List<FixtureRecommendation> recommendations) {
    }

    public record FixtureRecommendation(String agencyCode, String text, LocalDate dueDate) {
    }

    /**
     * Imports a shipped inspection with its recommendations, by national administrators, once. It keeps
     * its province as recorded (a code of before 2025 too) and lies in today's unit; the agencies are
     * those the document names.
     */
    @Transactional
    public Inspection importFixture(String name) {
        if (caller.jurisdiction().level() != Jurisdiction.Level.NATIONAL) {
            throw ProblemException.unprocessable("fixture", "seed inspections are imported by national administrators");
        }
        Fixture f = read(name);
        if (inspections.recordedAlready(f.documentReference(), f.jurisdiction())) {
            throw ProblemException.conflict("Inspection " + f.documentReference() + " of " + f.jurisdiction()
                    + " is imported already");
        }
        Instant now = clock.instant();
        Inspection i = PlanRefusals.translate(() -> new Inspection(f.title(), f.inspectingAuthority(), f.jurisdiction(),
                f.conductedOn(), f.documentReference(), null, caller.userId(), now, LocalDate.ofInstant(now, LEGAL_ZONE)));
        inspections.persist(i);
        f.recommendations().forEach(r -> issue(i, r.text(), r.agencyCode(), r.dueDate()));
        return i;
    }

    private Fixture read(String name) {
        return SeedFixtures.read(json, "inspections", name, Fixture.class, "Seed inspection");
    }

    @Transactional
    public List<Recommendation> recommendations(UUID inspectionId) {
        return inspections.recommendations(read(inspectionId).id());
    }

    /** The agency's follow-up list. */
    @Transactional
    public List<Recommendation> mine(boolean openOnly, int limit) {
        return inspections.forAgency(agency(), openOnly, limit);
    }

    /** The agency the recommendation is assigned to reports how it was resolved. */
    @Transactional
    public Recommendation resolve(UUID recommendationId, String ifMatch, String resolution) {
        Recommendation r = inspections.recommendation(recommendationId);
        if (r == null || !r.agencyCode().equals(agency())) {
            throw ProblemException.notFound("Recommendation", recommendationId);
        }
        ProblemException.requireVersion(ifMatch, r.version());
        Instant now = clock.instant();
        PlanRefusals.translate(() -> {
            r.resolve(resolution, now);
            return r;
        });
        inspections.flush();
        outbox.append(PlanEvents.PLAN, r.inspectionId(), EventTypes.PLAN_RECOMMENDATION_RESOLVED_V1,
                PlanEvents.recommendation(inspections.findById(r.inspectionId()), r, now));
        return r;
    }

    private String agency() {
        return caller.agency().orElseThrow(() -> ProblemException.unprocessable("agency",
                "your token carries no agency claim"));
    }
}
