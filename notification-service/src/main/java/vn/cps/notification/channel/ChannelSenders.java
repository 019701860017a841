package vn.cps.notification.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import vn.cps.notification.domain.DeliveryFailure;
import vn.cps.notification.domain.NotificationMessage;
import vn.cps.notification.domain.WebhookSignature;

/** Sends one message through email, SMS or a webhook; the delivery id goes with it in every channel. */
@ApplicationScoped
public class ChannelSenders {

    public static final String NOTIFICATION_ID_HEADER = "X-CPS-Notification-Id";

    private final Mailer mailer;
    private final SmsGateway sms;
    private final HttpPost http;
    private final ObjectMapper objectMapper;
    private final Clock clock = Clock.systemUTC();

    ChannelSenders(Mailer mailer, SmsGateway sms, HttpPost http, ObjectMapper objectMapper) {
        this.mailer = mailer;
        this.sms = sms;
        this.http = http;
        this.objectMapper = objectMapper;
    }

    public void email(String address, NotificationMessage message) throws DeliveryFailure {
        Mail mail = Mail.withText(address, message.subject(), message.text())
                .addHeader(NOTIFICATION_ID_HEADER, message.deliveryId().toString());
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            // SMTP refusals of the address itself (5xx) will not get better by retrying
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            boolean permanent = reason.matches("(?s).*\\b55[0-3]\\b.*");
            throw new DeliveryFailure("SMTP " + (permanent ? "REFUSED" : "UNAVAILABLE"), permanent);
        }
    }

    public void sms(String phone, NotificationMessage message) throws DeliveryFailure {
        sms.send(phone, message.shortText(), message.deliveryId().toString());
    }

    public void webhook(String url, String secret, NotificationMessage message) throws DeliveryFailure {
        String body;
        try {
            body = objectMapper.writeValueAsString(message.body());
        } catch (JsonProcessingException e) {
            throw new DeliveryFailure("UNSERIALISABLE", true);
        }
        http.send(url, Map.of(NOTIFICATION_ID_HEADER, message.deliveryId().toString(),
                "X-CPS-Notification-Type", message.type().name(),
                WebhookSignature.HEADER, WebhookSignature.sign(secret, clock.instant(), body)), body);
    }
}
