package vn.cps.notification.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import vn.cps.notification.domain.DeliveryFailure;

/** An HTTP SMS gateway: POST {@code {to, text, messageId}} as JSON, optionally with a bearer token. */
public class HttpSmsGateway implements SmsGateway {

    private final HttpPost http;
    private final ObjectMapper objectMapper;
    private final String url;
    private final String token;

    HttpSmsGateway(HttpPost http, ObjectMapper objectMapper, String url, String token) {
        this.http = http;
        this.objectMapper = objectMapper;
        this.url = url;
        this.token = token;
    }

    @Override
    public void send(String phone, String text, String messageId) throws DeliveryFailure {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-CPS-Notification-Id", messageId);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        try {
            http.send(url, headers, objectMapper.writeValueAsString(Map.of("to", phone, "text", text,
                    "messageId", messageId)));
        } catch (JsonProcessingException e) {
            throw new DeliveryFailure("UNSERIALISABLE", true);
        }
    }
}
