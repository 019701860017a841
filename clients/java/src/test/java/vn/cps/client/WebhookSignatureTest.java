package vn.cps.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.cps.client.WebhookSignature.Verdict;

class WebhookSignatureTest {

    private static final String SECRET = "whsec-3f9c1a";
    private static final String BODY = "{\"type\":\"vn.cps.case.referred.v1\",\"reference\":\"48-2026-000123\"}";
    private static final Instant SENT = Instant.parse("2026-12-03T08:00:00Z");
    /** HMAC-SHA256 of "1796284800.<BODY>" keyed with SECRET, computed apart with {@code openssl dgst -sha256 -hmac}. */
    private static final String V1 = "58a7b0045a97c2675ee4fa47c7d00253268de5f6d0205ecb2f68a427c9168c55";
    private static final String HEADER = "t=" + SENT.getEpochSecond() + ",v1=" + V1;

    @Test
    void aDeliveryAsSignedIsValidWithinTheTolerance() {
        assertThat(WebhookSignature.verify(SECRET, HEADER, BODY, SENT.plusSeconds(299))).isEqualTo(Verdict.VALID);
        assertThat(WebhookSignature.verify(SECRET, " t=" + SENT.getEpochSecond() + " , v1=" + V1, BODY, SENT))
                .isEqualTo(Verdict.VALID);
    }

    @Test
    void aChangedBodyOrAnotherSecretIsAMismatch() {
        assertThat(WebhookSignature.verify(SECRET, HEADER, BODY.replace("000123", "000124"), SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(WebhookSignature.verify("whsec-other", HEADER, BODY, SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(WebhookSignature.verify(SECRET, "t=" + (SENT.getEpochSecond() + 1) + ",v1=" + V1, BODY, SENT))
                .as("the timestamp is part of what is signed").isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void anOldDeliveryIsStaleSoItCannotBeReplayed() {
        assertThat(WebhookSignature.verify(SECRET, HEADER, BODY, SENT.plusSeconds(301))).isEqualTo(Verdict.STALE);
        assertThat(WebhookSignature.verify(SECRET, HEADER, BODY, SENT.minusSeconds(301))).isEqualTo(Verdict.STALE);
    }

    @Test
    void aMissingOrMalformedHeaderIsNamedAsSuch() {
        assertThat(WebhookSignature.verify(SECRET, null, BODY, SENT)).isEqualTo(Verdict.MISSING);
        assertThat(WebhookSignature.verify(SECRET, "", BODY, SENT)).isEqualTo(Verdict.MISSING);
        assertThat(WebhookSignature.verify(SECRET, "v1=" + V1, BODY, SENT)).isEqualTo(Verdict.MALFORMED);
        assertThat(WebhookSignature.verify(SECRET, "t=soon,v1=" + V1, BODY, SENT)).isEqualTo(Verdict.MALFORMED);
        assertThat(WebhookSignature.verify(SECRET, "t=" + SENT.getEpochSecond(), BODY, SENT)).isEqualTo(Verdict.MALFORMED);
        assertThat(WebhookSignature.verify(SECRET, "garbage", BODY, SENT)).isEqualTo(Verdict.MALFORMED);
    }
}
