package vn.cps.platform.outbox;

import java.util.UUID;

/** CDI event fired when an outbox row is written; observed after commit to wake the relay. */
public record OutboxEventWritten(UUID id) {
}
