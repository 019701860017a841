package vn.cps.notification.channel;

import vn.cps.notification.domain.DeliveryFailure;

/** Sends one text message; implementations are chosen by {@code cps.notification.sms.gateway}. */
public interface SmsGateway {

    /**
     * @param messageId the delivery id: a gateway that supports it drops a second message with the same id
     */
    void send(String phone, String text, String messageId) throws DeliveryFailure;
}
