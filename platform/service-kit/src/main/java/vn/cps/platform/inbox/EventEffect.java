package vn.cps.platform.inbox;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** What a service does with the events it consumes; applied inside the transaction of their batch. */
public interface EventEffect {

    /** Whether events of this type change anything here; the others never open a transaction. */
    boolean handles(String type);

    /**
     * Applies events not applied before, in the order they were read (per partition, so per
     * aggregate). Runs in one transaction with their ids in {@code processed_event}.
     */
    void apply(List<IncomingEvent> events);

    /** An effect that applies its events one after the other, for read models with nothing to add up. */
    static EventEffect each(Predicate<String> handles, Consumer<IncomingEvent> apply) {
        return new EventEffect() {
            @Override
            public boolean handles(String type) {
                return handles.test(type);
            }

            @Override
            public void apply(List<IncomingEvent> events) {
                events.forEach(apply);
            }
        };
    }
}
