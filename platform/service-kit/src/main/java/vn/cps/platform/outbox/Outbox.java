package vn.cps.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Appends events to the outbox inside the caller's transaction, so that a state change and its
 * event commit together or not at all.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Event<OutboxEventWritten> written;
    private final Clock clock;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, Event<OutboxEventWritten> written) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.written = written;
        this.clock = Clock.systemUTC();
    }

    /** Must run inside the transaction of the state change; fails when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, Object aggregateId, String type, Object payload) {
        String json;
        try {
            json = objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload of " + type + " cannot be serialised", e);
        }
        UUID id = UUID.randomUUID();
        entityManager.persist(new OutboxEvent(id, aggregateType, String.valueOf(aggregateId), type, json,
                clock.instant(), currentTraceparent()));
        written.fire(new OutboxEventWritten(id));
        return id;
    }

    private static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
