package vn.cps.events;

/**
 * What notification-service POSTs to a partner system's registered webhook: a JSON body described by
 * {@link #SCHEMA_RESOURCE} and these headers. Documented for partners in {@code src/main/asyncapi/asyncapi.yaml}.
 */
public final class WebhookDeliveries {

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the webhook's secret>}. */
    public static final String SIGNATURE_HEADER = "X-CPS-Signature";
    /** The delivery id, equal to the body's {@code id}: a receiver that has seen it ignores the retry. */
    public static final String NOTIFICATION_ID_HEADER = "X-CPS-Notification-Id";
    public static final String NOTIFICATION_TYPE_HEADER = "X-CPS-Notification-Type";

    public static final String SCHEMA_RESOURCE = "vn/cps/events/webhooks/vn.cps.notification.webhook.v1.json";

    private WebhookDeliveries() {
    }
}
