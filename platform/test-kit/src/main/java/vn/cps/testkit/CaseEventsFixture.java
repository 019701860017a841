package vn.cps.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.events.cases.CaseOpenedV1;

/** Publishes case events as case-service's outbox relay would, for the tests of consuming services. */
public final class CaseEventsFixture {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CaseEventsFixture() {
    }

    public static CaseOpenedV1 caseOpened(String province, String commune, String sex, List<String> harmTypes,
            Instant at) {
        Instant receivedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        UUID caseId = UUID.randomUUID();
        return new CaseOpenedV1(caseId, CaseReferences.next(province, receivedAt.atZone(java.time.ZoneOffset.UTC).getYear()),
                UUID.randomUUID(),
                province, commune, "HOTLINE_111", harmTypes, sex, "6-10", "RECEIVED", receivedAt,
                receivedAt.plus(Duration.ofHours(12)), UUID.randomUUID());
    }

    /** Publishes the event with the given CloudEvents id; returns that id. */
    public static String publish(CaseOpenedV1 event, String eventId) {
        EventLog.publish(Topics.CASE_EVENTS, event.caseId().toString(), eventId, EventTypes.CASE_OPENED_V1, json(event));
        return eventId;
    }

    public static String publish(CaseOpenedV1 event) {
        return publish(event, UUID.randomUUID().toString());
    }

    public static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
