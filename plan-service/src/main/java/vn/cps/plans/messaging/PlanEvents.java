package vn.cps.plans.messaging;

import java.time.Instant;
import vn.cps.events.plans.IndicatorValueRecordedV1;
import vn.cps.events.plans.PlanIssuedV1;
import vn.cps.events.plans.PlanRevisedV1;
import vn.cps.events.plans.RecommendationEventV1;
import vn.cps.events.plans.TargetStatusV1;
import vn.cps.events.plans.TaskEventV1;
import vn.cps.plans.domain.IndicatorValue;
import vn.cps.plans.domain.Inspection;
import vn.cps.plans.domain.Plan;
import vn.cps.plans.domain.PlanTask;
import vn.cps.plans.domain.Recommendation;
import vn.cps.plans.domain.Target;
import vn.cps.plans.domain.TargetEvaluation;

/** Maps plans, values and targets to their event payloads: codes and figures only. */
public final class PlanEvents {

    public static final String PLAN = "plan";
    public static final String INDICATOR = "indicator";

    private PlanEvents() {
    }

    public static PlanIssuedV1 issued(Plan p) {
        return new PlanIssuedV1(p.id(), p.number(), p.jurisdiction(), p.periodStartYear(), p.periodEndYear(),
                p.parentPlanId(), p.issueDate());
    }

    public static PlanRevisedV1 revised(Plan p, Instant at) {
        return new PlanRevisedV1(p.id(), p.number(), p.jurisdiction(), p.revisions(), at);
    }

    public static IndicatorValueRecordedV1 valueRecorded(IndicatorValue v) {
        return new IndicatorValueRecordedV1(v.id(), v.indicatorCode(), v.jurisdiction(), v.year(), v.period(), v.value(),
                v.source().name(), v.recordedAt());
    }

    public static TaskEventV1 task(Plan p, PlanTask t, String reportingAgency, Instant at) {
        return new TaskEventV1(p.id(), t.id(), p.jurisdiction(), t.leadAgency(), t.coordinatingAgencies(), t.dueDate(),
                reportingAgency, t.status().name(), at);
    }

    public static RecommendationEventV1 recommendation(Inspection i, Recommendation r, Instant at) {
        return new RecommendationEventV1(i.id(), r.id(), i.jurisdiction(), r.agencyCode(), r.dueDate(),
                r.status().name(), at);
    }

    public static TargetStatusV1 targetStatus(Target t, TargetEvaluation e, Instant at) {
        return new TargetStatusV1(t.planId(), t.id(), t.indicatorCode(), t.jurisdiction(), e.status().name(), e.actual(),
                e.goal(), e.expected(), at);
    }
}
