package vn.cps.notification.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.cps.notification.config.NotificationConfig;

/** Picks the SMS gateway named in the configuration. */
@ApplicationScoped
public class SmsGatewayProducer {

    @Produces
    @ApplicationScoped
    SmsGateway gateway(NotificationConfig config, HttpPost http, ObjectMapper objectMapper) {
        return switch (config.sms().gateway()) {
            case "log" -> new LogSmsGateway();
            case "http" -> new HttpSmsGateway(http, objectMapper, config.sms().url().orElseThrow(
                    () -> new IllegalStateException("cps.notification.sms.url is required when the SMS gateway is http")),
                    config.sms().token().orElse(null));
            default -> throw new IllegalStateException("Unknown SMS gateway '" + config.sms().gateway()
                    + "': use log or http");
        };
    }
}
