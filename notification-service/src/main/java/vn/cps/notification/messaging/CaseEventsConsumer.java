package vn.cps.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cps.events.EventTypes;
import vn.cps.events.cases.ActionAssignedV1;
import vn.cps.events.cases.CaseAssessedV1;
import vn.cps.events.cases.CaseClosedV1;
import vn.cps.events.cases.CaseMergedV1;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.events.cases.DeadlineEventV1;
import vn.cps.events.cases.EmergencyMeasureAppliedV1;
import vn.cps.events.cases.PlanApprovedV1;
import vn.cps.events.cases.PlanSubmittedV1;
import vn.cps.events.cases.ReferralEventV1;
import vn.cps.events.cases.TransferEventV1;
import vn.cps.notification.domain.DeadlineReminder;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.service.DeadlineReminders;
import vn.cps.notification.service.NotificationRouting;
import vn.cps.platform.inbox.EventEffect;
import vn.cps.platform.inbox.IdempotentConsumer;
import vn.cps.platform.inbox.IncomingEvent;

/**
 * Case events, once each: routed through the rules of their type, and keeping the reminders before
 * legal deadlines in step with the case (scheduled when it opens, cancelled when a deadline is met
 * or the case ends, moved when it is transferred).
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private final IdempotentConsumer consumer;
    private final NotificationRouting routing;
    private final DeadlineReminders reminders;
    private final ObjectMapper objectMapper;
    private final EventEffect effect = new EventEffect() {
        @Override
        public boolean handles(String type) {
            return CaseEventsConsumer.handles(type);
        }

        @Override
        public void apply(List<IncomingEvent> events) {
            applyInOrder(events);
        }
    };

    private static final Set<String> HANDLED = Set.of(EventTypes.CASE_OPENED_V1, EventTypes.CASE_ASSESSED_V1,
            EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1, EventTypes.CASE_PLAN_SUBMITTED_V1,
            EventTypes.CASE_PLAN_APPROVED_V1, EventTypes.CASE_ACTION_ASSIGNED_V1, EventTypes.CASE_DEADLINE_MISSED_V1,
            EventTypes.CASE_DEADLINE_APPROACHING_V1, EventTypes.CASE_CLOSED_V1, EventTypes.CASE_MERGED_V1);

    CaseEventsConsumer(IdempotentConsumer consumer, NotificationRouting routing, DeadlineReminders reminders,
            ObjectMapper objectMapper) {
        this.consumer = consumer;
        this.routing = routing;
        this.reminders = reminders;
        this.objectMapper = objectMapper;
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onCaseEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, effect);
    }

    /** The types that notify someone or move a reminder; an intake without a case, for one, does neither. */
    private static boolean handles(String type) {
        return HANDLED.contains(type) || type.startsWith("vn.cps.case.referral-")
                || type.startsWith("vn.cps.case.transfer");
    }

    /**
     * Applies the events in the order read; the openings that follow one another are applied
     * together, their reminders in one statement, before the next event of another type (which may be
     * about one of those cases, and then finds its reminders).
     */
    private void applyInOrder(List<IncomingEvent> events) {
        List<IncomingEvent> openings = new ArrayList<>();
        for (IncomingEvent event : events) {
            if (EventTypes.CASE_OPENED_V1.equals(event.type())) {
                openings.add(event);
                continue;
            }
            open(openings);
            openings.clear();
            apply(event);
        }
        open(openings);
    }

    private void open(List<IncomingEvent> openings) {
        if (openings.isEmpty()) {
            return;
        }
        List<CaseOpenedV1> opened = openings.stream().map(e -> e.payloadAs(CaseOpenedV1.class, objectMapper)).toList();
        reminders.casesOpened(opened.stream().map(e -> new DeadlineReminders.CaseOpening(e.caseId(), e.reference(),
                e.provinceCode(), e.communeCode(), e.receivedAt(), e.emergencyDeadline())).toList());
        for (int i = 0; i < opened.size(); i++) {
            CaseOpenedV1 e = opened.get(i);
            routing.route(aboutCase(openings.get(i), e.caseId(), e.reference(), e.provinceCode(), e.communeCode(),
                    List.of(), e.emergencyDeadline()));
        }
    }

    private void apply(IncomingEvent event) {
        String type = event.type();
        if (EventTypes.CASE_ASSESSED_V1.equals(type)) {
            CaseAssessedV1 e = event.payloadAs(CaseAssessedV1.class, objectMapper);
            reminders.assessed(e.caseId(), e.emergencyNeeded(), e.planDeadline());
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(), List.of(),
                    e.planDeadline()));
        } else if (EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1.equals(type)) {
            EmergencyMeasureAppliedV1 e = event.payloadAs(EmergencyMeasureAppliedV1.class, objectMapper);
            reminders.met(e.caseId(), DeadlineReminder.EMERGENCY_MEASURES, "emergency measure taken");
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(), List.of(),
                    e.emergencyDeadline()));
        } else if (EventTypes.CASE_PLAN_SUBMITTED_V1.equals(type)) {
            PlanSubmittedV1 e = event.payloadAs(PlanSubmittedV1.class, objectMapper);
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(), List.of(),
                    e.planDeadline()));
        } else if (EventTypes.CASE_PLAN_APPROVED_V1.equals(type)) {
            PlanApprovedV1 e = event.payloadAs(PlanApprovedV1.class, objectMapper);
            reminders.met(e.caseId(), DeadlineReminder.SUPPORT_PLAN, "support plan approved");
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(), List.of(),
                    e.planDeadline()));
        } else if (EventTypes.CASE_ACTION_ASSIGNED_V1.equals(type)) {
            ActionAssignedV1 e = event.payloadAs(ActionAssignedV1.class, objectMapper);
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(),
                    List.of(e.agencyCode()), null));
        } else if (type.startsWith("vn.cps.case.referral-")) {
            ReferralEventV1 e = event.payloadAs(ReferralEventV1.class, objectMapper);
            // the agency reads the case only through its referral (least privilege), so the link names that view
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(),
                    List.of(e.agencyCode()), e.responseDue(), "/api/v1/referrals/" + e.referralId() + "/case"));
        } else if (EventTypes.CASE_DEADLINE_MISSED_V1.equals(type)
                || EventTypes.CASE_DEADLINE_APPROACHING_V1.equals(type)) {
            DeadlineEventV1 e = event.payloadAs(DeadlineEventV1.class, objectMapper);
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(), List.of(),
                    e.dueAt()));
        } else if (EventTypes.CASE_CLOSED_V1.equals(type)) {
            CaseClosedV1 e = event.payloadAs(CaseClosedV1.class, objectMapper);
            reminders.caseEnded(e.caseId(), "case " + e.outcome().toLowerCase());
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(), List.of(),
                    null));
        } else if (EventTypes.CASE_MERGED_V1.equals(type)) {
            CaseMergedV1 e = event.payloadAs(CaseMergedV1.class, objectMapper);
            reminders.caseEnded(e.caseId(), "case merged");
        } else if (type.startsWith("vn.cps.case.transfer")) {
            TransferEventV1 e = event.payloadAs(TransferEventV1.class, objectMapper);
            if (EventTypes.CASE_TRANSFER_ACCEPTED_V1.equals(type)) {
                reminders.caseMoved(e.caseId(), e.toProvinceCode(), e.toCommuneCode());
            }
            routing.route(aboutCase(event, e.caseId(), e.reference(), e.provinceCode(), e.communeCode(), List.of(),
                    null));
        }
    }

    private static Occurrence aboutCase(IncomingEvent event, java.util.UUID caseId, String reference,
            String provinceCode, String communeCode, List<String> agencies, java.time.Instant deadline) {
        return aboutCase(event, caseId, reference, provinceCode, communeCode, agencies, deadline, "/api/v1/cases/" + caseId);
    }

    private static Occurrence aboutCase(IncomingEvent event, java.util.UUID caseId, String reference,
            String provinceCode, String communeCode, List<String> agencies, java.time.Instant deadline, String link) {
        return new Occurrence(event.type(), event.id(), caseId, reference, null, provinceCode, communeCode, null,
                agencies, deadline, link);
    }
}
