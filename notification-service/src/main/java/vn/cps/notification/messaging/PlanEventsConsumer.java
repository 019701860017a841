package vn.cps.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cps.events.EventTypes;
import vn.cps.events.plans.TargetStatusV1;
import vn.cps.notification.service.Inbox;
import vn.cps.platform.inbox.IdempotentConsumer;

/** Turns plan events into inbox entries, once per event: targets that fall behind reach the plan managers. */
@ApplicationScoped
public class PlanEventsConsumer {

    private final IdempotentConsumer consumer;
    private final Inbox inbox;
    private final ObjectMapper objectMapper;

    PlanEventsConsumer(IdempotentConsumer consumer, Inbox inbox, ObjectMapper objectMapper) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.objectMapper = objectMapper;
    }

    @Incoming("plan-events")
    @Blocking
    public void onPlanEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, event -> {
            if (EventTypes.PLAN_TARGET_AT_RISK_V1.equals(event.type())
                    || EventTypes.PLAN_TARGET_MISSED_V1.equals(event.type())) {
                inbox.targetBehind(event.payloadAs(TargetStatusV1.class, objectMapper), event.id());
            }
        });
    }
}
