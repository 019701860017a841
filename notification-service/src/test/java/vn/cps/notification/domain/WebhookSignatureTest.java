package vn.cps.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"id\":\"d1\",\"type\":\"REFERRAL_REQUESTED\",\"caseReference\":\"48-2026-000001\"}";
    private final Instant sentAt = Instant.parse("2026-03-10T01:00:00Z");

    @Test
    void theHeaderIsTheTimestampAndTheHmacOfTimestampAndBody() {
        // HMAC-SHA256 of "1773104400." + BODY with the secret, computed independently (Python's hmac)
        String header = WebhookSignature.sign(SECRET, sentAt, BODY);
        assertThat(header).isEqualTo("t=1773104400,v1=1a99b14280a6ac4af90781cb833db7c8667e413dde72aff429ea22e2f84b0729");
        assertThat(WebhookSignature.verify(SECRET, header, BODY, sentAt.plusSeconds(10), Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void aChangedBodyAnotherSecretOrAnOldTimestampFails() {
        String header = WebhookSignature.sign(SECRET, sentAt, BODY);
        assertThat(WebhookSignature.verify(SECRET, header, BODY.replace("000001", "000002"), sentAt,
                Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, sentAt, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, sentAt.plus(Duration.ofMinutes(6)),
                Duration.ofMinutes(5))).as("replayed later").isFalse();
        String forgedTime = header.replace("t=1773104400", "t=1773104700");
        assertThat(WebhookSignature.verify(SECRET, forgedTime, BODY, sentAt.plus(Duration.ofMinutes(5)),
                Duration.ofMinutes(5))).as("timestamp moved forward").isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY, sentAt, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "garbage", BODY, sentAt, Duration.ofMinutes(5))).isFalse();
    }
}
