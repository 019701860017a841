package vn.cps.reporting.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cps.platform.inbox.IdempotentConsumer;
import vn.cps.reporting.service.CaseProjection;

/** Feeds the read models from case events, once per event. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final IdempotentConsumer consumer;
    private final CaseEventsApplier applier;

    CaseEventsConsumer(IdempotentConsumer consumer, CaseProjection projection, ObjectMapper objectMapper) {
        this.consumer = consumer;
        this.applier = new CaseEventsApplier(projection, objectMapper);
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onCaseEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, applier);
    }
}
