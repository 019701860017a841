package vn.cps.events;

/** Kafka topic names. Each service publishes to one topic; the record key is the aggregate id. */
public final class Topics {

    public static final String CASE_EVENTS = "cps.case.events";
    public static final String PLAN_EVENTS = "cps.plan.events";
    public static final String REPORTING_EVENTS = "cps.reporting.events";
    public static final String NOTIFICATION_EVENTS = "cps.notification.events";

    /** Suffix of the dead-letter topic each consumer group writes poison messages to. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
