package vn.cps.platform.work;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
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
    private final ExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;

    public DrainWorker(String threadName, Runnable drain) {
        this.drain = drain;
        this.thread = Executors.newSingleThreadExecutor(r -> {
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
            thread.execute(() -> {
                queued.set(false);
                drain.run();
            });
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
