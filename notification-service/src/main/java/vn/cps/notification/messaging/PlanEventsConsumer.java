package vn.cps.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cps.events.EventTypes;
import vn.cps.events.plans.PlanIssuedV1;
import vn.cps.events.plans.PlanRevisedV1;
import vn.cps.events.plans.RecommendationEventV1;
import vn.cps.events.plans.TargetStatusV1;
import vn.cps.events.plans.TaskEventV1;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.service.NotificationRouting;
import vn.cps.platform.inbox.EventEffect;
import vn.cps.platform.inbox.IdempotentConsumer;
import vn.cps.platform.inbox.IncomingEvent;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.reference.WorkingDayCalendar;

/** Plan events, once each, routed through the rules of their type. */
@ApplicationScoped
public class PlanEventsConsumer {

    private final IdempotentConsumer consumer;
    private final NotificationRouting routing;
    private final ObjectMapper objectMapper;
    private final EventEffect effect = EventEffect.each(HANDLED::contains, this::apply);

    private static final Set<String> HANDLED = Set.of(EventTypes.PLAN_TARGET_AT_RISK_V1, EventTypes.PLAN_TARGET_MISSED_V1,
            EventTypes.PLAN_TASK_ASSIGNED_V1, EventTypes.PLAN_TASK_OVERDUE_V1, EventTypes.PLAN_PROGRESS_REPORTED_V1,
            EventTypes.PLAN_RECOMMENDATION_ISSUED_V1, EventTypes.PLAN_RECOMMENDATION_RESOLVED_V1,
            EventTypes.PLAN_ISSUED_V1, EventTypes.PLAN_REVISED_V1);

    PlanEventsConsumer(IdempotentConsumer consumer, NotificationRouting routing, ObjectMapper objectMapper) {
        this.consumer = consumer;
        this.routing = routing;
        this.objectMapper = objectMapper;
    }

    @Incoming("plan-events")
    @Blocking
    public CompletionStage<Void> onPlanEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, effect);
    }

    private void apply(IncomingEvent event) {
        String type = event.type();
        if (EventTypes.PLAN_TARGET_AT_RISK_V1.equals(type) || EventTypes.PLAN_TARGET_MISSED_V1.equals(type)) {
            TargetStatusV1 e = event.payloadAs(TargetStatusV1.class, objectMapper);
            routing.route(aboutPlan(event, e.planId(), e.jurisdiction(), List.of(), null,
                    "/api/v1/plans/" + e.planId() + "/targets"));
        } else if (EventTypes.PLAN_TASK_ASSIGNED_V1.equals(type) || EventTypes.PLAN_TASK_OVERDUE_V1.equals(type)
                || EventTypes.PLAN_PROGRESS_REPORTED_V1.equals(type)) {
            TaskEventV1 e = event.payloadAs(TaskEventV1.class, objectMapper);
            List<String> agencies = new ArrayList<>();
            agencies.add(e.leadAgency());
            routing.route(aboutPlan(event, e.planId(), e.jurisdiction(), agencies, endOf(e.dueDate()),
                    "/api/v1/plans/" + e.planId() + "/tasks"));
        } else if (EventTypes.PLAN_RECOMMENDATION_ISSUED_V1.equals(type)
                || EventTypes.PLAN_RECOMMENDATION_RESOLVED_V1.equals(type)) {
            RecommendationEventV1 e = event.payloadAs(RecommendationEventV1.class, objectMapper);
            routing.route(new Occurrence(type, event.id(), null, null, null, null, null, e.jurisdiction(),
                    List.of(e.agencyCode()), endOf(e.dueDate()), "/api/v1/inspections/" + e.inspectionId()));
        } else if (EventTypes.PLAN_ISSUED_V1.equals(type)) {
            PlanIssuedV1 e = event.payloadAs(PlanIssuedV1.class, objectMapper);
            routing.route(aboutPlan(event, e.planId(), e.jurisdiction(), List.of(), null, "/api/v1/plans/" + e.planId()));
        } else if (EventTypes.PLAN_REVISED_V1.equals(type)) {
            PlanRevisedV1 e = event.payloadAs(PlanRevisedV1.class, objectMapper);
            routing.route(aboutPlan(event, e.planId(), e.jurisdiction(), List.of(), null, "/api/v1/plans/" + e.planId()));
        }
    }

    private static Occurrence aboutPlan(IncomingEvent event, UUID planId, String jurisdiction, List<String> agencies,
            java.time.Instant deadline, String link) {
        // a commune's plan lies in its province too (the list of units says which), for the delivery log's scope
        String province = AdministrativeUnits.place(jurisdiction).map(AdministrativeUnits.Placement::provinceCode).orElse(null);
        return new Occurrence(event.type(), event.id(), null, null, planId, province, null, jurisdiction, agencies,
                deadline, link);
    }

    /** A due date is due by the end of that day in Vietnam. */
    private static java.time.Instant endOf(LocalDate date) {
        return date == null ? null
                : date.plusDays(1).atStartOfDay(WorkingDayCalendar.LEGAL_ZONE).toInstant();
    }
}
