package vn.cps.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealingTest {

    static final String K1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String K2 = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
    static final Sealing SEALING = new Sealing("old:" + K1 + ", new:" + K2, "new", K1);

    @Test
    void aSealedValueHoldsItsKeyIdAndOpensToWhatWasGiven() {
        String sealed = SEALING.seal("Đặng Thị Sương, 0987654321");
        assertThat(sealed).startsWith("sealed:v1:new:").doesNotContain("Sương", "0987654321");
        assertThat(SEALING.open(sealed)).isEqualTo("Đặng Thị Sương, 0987654321");
        // a fresh nonce each time: equal values do not give equal ciphertexts
        assertThat(SEALING.seal("0987654321")).isNotEqualTo(SEALING.seal("0987654321"));
        assertThat(SEALING.seal(null)).isNull();
        assertThat(SEALING.open(null)).isNull();
        assertThat(SEALING.seal("")).isNotEmpty();
        assertThat(SEALING.open(SEALING.seal(""))).isEmpty();
    }

    @Test
    void aValueOfAnOlderKeyStillOpensAndIsNotCurrent() {
        String old = SEALING.sealUnder("old", "048216000789");
        assertThat(old).startsWith("sealed:v1:old:");
        assertThat(SEALING.open(old)).isEqualTo("048216000789");
        assertThat(SEALING.isCurrent(old)).isFalse();
        assertThat(SEALING.isCurrent(SEALING.seal("048216000789"))).isTrue();
        assertThat(SEALING.isCurrent("plain, from before sealing")).isFalse();
        assertThat(SEALING.open("plain, from before sealing")).isEqualTo("plain, from before sealing");
    }

    @Test
    void anAlteredValueOrOneOfAKeyLeftOutOfTheRingDoesNotOpen() {
        String sealed = SEALING.seal("048216000789");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("sealed:v1:new:".length()));
        bytes[bytes.length - 1] ^= 1;
        String altered = "sealed:v1:new:" + Base64.getEncoder().withoutPadding().encodeToString(bytes);
        assertThatThrownBy(() -> SEALING.open(altered)).isInstanceOf(SealedValueException.class)
                .hasMessageContaining("does not open");
        Sealing withoutOld = new Sealing("new:" + K2, "new", K1);
        assertThatThrownBy(() -> withoutOld.open(SEALING.sealUnder("old", "x"))).isInstanceOf(SealedValueException.class)
                .hasMessageContaining("key 'old'");
        // the same bytes under another key id do not open either: the key id is not just a label
        String relabelled = sealed.replace("sealed:v1:new:", "sealed:v1:old:");
        assertThatThrownBy(() -> SEALING.open(relabelled)).isInstanceOf(SealedValueException.class);
    }

    @Test
    void theLookupHashIsHmacSha256OfTheValue() {
        // computed apart: python3 hmac.new(bytes(range(32)), b'048216000789', hashlib.sha256).hexdigest()
        assertThat(SEALING.lookupHash("048216000789"))
                .isEqualTo("49f5e408997887eaaad5eabaa39e41db30ac579cbda148f2e044836b9f4e2773");
        assertThat(SEALING.lookupHash(null)).isNull();
    }

    @Test
    void aBadKeyRingIsRefusedAtStartWithWhatIsWrong() {
        assertThatThrownBy(() -> new Sealing("a:" + K1, "b", K1)).hasMessageContaining("'b' is not in cps.sealing.keys");
        assertThatThrownBy(() -> new Sealing("a:" + K1.substring(4), "a", K1)).hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> new Sealing("a:" + K1 + ",a:" + K2, "a", K1)).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new Sealing(K1, "a", K1)).hasMessageContaining("<id>:<base64 key>");
        assertThatThrownBy(() -> new Sealing("a:not base64!", "a", K1)).hasMessageContaining("is not base64");
        assertThatThrownBy(() -> new Sealing("a:" + K1, "a", "c2hvcnQ=")).hasMessageContaining("lookup-key must be 32 bytes");
    }
}
