package vn.cps.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(8, Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void pausesDoubleWithJitterBetweenHalfAndAllOfTheExponentialDelay() {
        RandomGenerator random = new SplittableRandom(7);
        for (int attempt = 1; attempt <= 6; attempt++) {
            long exponential = 30_000L << (attempt - 1);
            for (int i = 0; i < 200; i++) {
                Duration delay = schedule.delayAfter(attempt, random);
                assertThat(delay.toMillis()).isBetween(exponential / 2, exponential);
            }
        }
    }

    @Test
    void jitterSpreadsReceiversThatFailedTogether() {
        RandomGenerator random = new SplittableRandom(11);
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> schedule.delayAfter(3, random))
                .distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void pausesAreCappedAndNeverOverflow() {
        RandomGenerator random = new SplittableRandom(3);
        assertThat(schedule.delayAfter(20, random)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
        assertThat(schedule.delayAfter(1_000, random)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastAttemptOrAtOnceWhenRefused() {
        RandomGenerator random = new SplittableRandom(5);
        Delivery delivery = Delivery.toPerson(notificationStub(), Channel.EMAIL, "u1", "a@example.vn",
                java.time.Instant.parse("2026-03-10T01:00:00Z"));
        java.time.Instant now = java.time.Instant.parse("2026-03-10T01:00:00Z");
        for (int attempt = 1; attempt < 8; attempt++) {
            assertThat(delivery.failed(new DeliveryFailure("HTTP 503", false), schedule, random, now)).isFalse();
            assertThat(delivery.nextAttemptAt()).isAfter(now);
        }
        assertThat(delivery.failed(new DeliveryFailure("HTTP 503", false), schedule, random, now)).isTrue();
        assertThat(delivery.status()).isEqualTo(Delivery.Status.DEAD);
        assertThat(delivery.attempts()).isEqualTo(8);
        assertThatThrownBy(() -> delivery.delivered(now)).isInstanceOf(IllegalStateException.class);

        Delivery refused = Delivery.toPerson(notificationStub(), Channel.EMAIL, "u1", "a@example.vn", now);
        assertThat(refused.failed(new DeliveryFailure("HTTP 410", true), schedule, random, now)).isTrue();
        assertThat(refused.attempts()).isEqualTo(1);
    }

    private static Notification notificationStub() {
        RoutingRule rule = RoutingRule.define("vn.cps.case.opened.v1", NotificationType.CASE_OPENED, "case-worker",
                RecipientScope.COMMUNE, java.util.Set.of(Channel.INBOX, Channel.EMAIL), false, null);
        Occurrence occurrence = new Occurrence("vn.cps.case.opened.v1", "e1", java.util.UUID.randomUUID(),
                "48-2026-000001", null, "48", "20194", null, null, null, "/api/v1/cases/x");
        return Notification.of(rule, occurrence, occurrence.addresses(RecipientScope.COMMUNE).get(0),
                java.time.Instant.parse("2026-03-10T01:00:00Z"));
    }
}
