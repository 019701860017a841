package vn.cps.plans.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cps.events.EventTypes;
import vn.cps.events.reporting.IndicatorMeasuredV1;
import vn.cps.plans.service.PlanService;
import vn.cps.platform.inbox.EventEffect;
import vn.cps.platform.inbox.IdempotentConsumer;

/** Records the indicators reporting-service measures from case data, once per event. */
@ApplicationScoped
public class ReportingEventsConsumer {

    private final IdempotentConsumer consumer;
    private final PlanService plans;
    private final ObjectMapper objectMapper;

    ReportingEventsConsumer(IdempotentConsumer consumer, PlanService plans, ObjectMapper objectMapper) {
        this.consumer = consumer;
        this.plans = plans;
        this.objectMapper = objectMapper;
    }

    @Incoming("reporting-events")
    @Blocking
    public CompletionStage<Void> onReportingEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, EventEffect.each(EventTypes.REPORTING_INDICATOR_MEASURED_V1::equals, event -> {
            IndicatorMeasuredV1 measured = event.payloadAs(IndicatorMeasuredV1.class, objectMapper);
            plans.recordMeasured(measured.indicatorCode(), measured.jurisdiction(), measured.year(),
                    measured.periodOrYear(), measured.value(), measured.numerator(), measured.denominator());
        }));
    }
}
