package vn.cps.notification.domain;

/**
 * A channel could not deliver. Permanent failures (the receiver refuses the request as such: an
 * HTTP 4xx other than 408/429, a malformed address) are not retried.
 *
 * @param reason short and free of personal data, e.g. {@code HTTP 503} or {@code TIMEOUT}
 */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
