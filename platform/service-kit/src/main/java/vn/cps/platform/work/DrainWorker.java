package vn.cps.platform.work;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One background thread that drains pending work when woken (after a commit, or by a periodic
 * sweep). Wakes that arrive while a drain is already queued coalesce into it, so a burst of
 * commits costs one drain, not one per commit.
 */
public final class DrainWorker {

    private final Runnable drain;
    private final Duration debounce;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;

    public DrainWorker(String threadName, Runnable drain) {
        this(threadName, Duration.ZERO, drain);
    }

    /**
     * With a debounce, a drain waits that long before it starts, and the wakes of that time join
     * it: under load, many commits make one batch instead of a drain each.
     */
    public DrainWorker(String threadName, Duration debounce, Runnable drain) {
        this.drain = drain;
        this.debounce = debounce;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a drain unless one is queued already; does nothing once stopping. */
    public void wake() {
        if (stopping) {
            return;
        }
        if (queued.compareAndSet(false, true)) {
            // scheduled, not slept: the wakes of the debounce time find the drain queued and join it
            thread.schedule(() -> {
                queued.set(false);
                drain.run();
            }, debounce.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Whether a drain in progress should end at its next step. */
    public boolean stopping() {
        return stopping;
    }

    /** Refuses new drains and waits for the current one. */
    public void stop(Duration wait) {
        stopping = true;
        thread.shutdown();
        try {
            thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
