package vn.cps.reporting.service;

import java.util.List;
import vn.cps.platform.inbox.EventEffect;
import vn.cps.platform.inbox.IncomingEvent;

/** The case events topic read from its start, for a replay (implemented where Kafka is read). */
public interface CaseEventLog {

    /** What a reading found. */
    record Reading(long records, long poison) {
    }

    /** Receives each batch of events with the effect that applies them to the projection. */
    interface BatchSink {
        void accept(List<IncomingEvent> batch, EventEffect effect);
    }

    /** Reads every record from the start up to the end offsets of the moment it starts. */
    Reading readAll(BatchSink sink);
}
