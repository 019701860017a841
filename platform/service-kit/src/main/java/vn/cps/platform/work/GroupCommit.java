package vn.cps.platform.work;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;

/**
 * Writes concurrent requests in groups: each request queues its item and waits; a few writer
 * threads take what is queued, up to a group's size, and write it in one transaction. Nothing is
 * held back to fill a group: an idle service writes each item at once, a busy one writes the items
 * that queued while the last group committed. When a group fails, each of its items is written
 * again alone, so that only the item at fault gets the failure.
 *
 * @param <I> what a request hands in
 * @param <O> what it gets back
 */
public final class GroupCommit<I, O> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    private record Queued<I, O>(I item, CompletableFuture<O> answer) {
    }

    private final Function<List<I>, List<O>> write;
    private final IntConsumer groupSizes;
    private final int maxGroup;
    private final BlockingQueue<Queued<I, O>> queue;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopping;

    /**
     * @param write    writes a group in one transaction and answers each item, in order; throws when
     *                 the group's transaction failed
     * @param capacity items that may wait; a request beyond them is refused at once
     * @param groupSizes told the size of each group taken from the queue (a metric: whether
     *                   requests meet in groups at all is what the grouping's gain depends on)
     */
    public GroupCommit(String threadName, int writerCount, int maxGroup, int capacity,
            Function<List<I>, List<O>> write, IntConsumer groupSizes) {
        if (writerCount < 1 || maxGroup < 1 || capacity < 1) {
            throw new IllegalArgumentException("writers, group size and capacity must be at least 1");
        }
        this.write = write;
        this.groupSizes = groupSizes;
        this.maxGroup = maxGroup;
        this.queue = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < writerCount; i++) {
            Thread t = new Thread(this::run, threadName + "-" + i);
            t.setDaemon(true);
            writers.add(t);
            t.start();
        }
    }

    /**
     * Queues an item; the answer completes when its group committed, or exceptionally with what
     * failed it alone ({@link RejectedExecutionException} when stopping or full).
     */
    public CompletableFuture<O> submit(I item) {
        CompletableFuture<O> answer = new CompletableFuture<>();
        if (stopping || !queue.offer(new Queued<>(item, answer))) {
            answer.completeExceptionally(new RejectedExecutionException(stopping ? "stopping" : "too many items waiting"));
        }
        return answer;
    }

    /** Refuses new items, writes those queued, and waits for the writers to end. */
    public void stop(Duration wait) {
        stopping = true;
        long deadline = System.nanoTime() + wait.toNanos();
        for (Thread t : writers) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run() {
        List<Queued<I, O>> group = new ArrayList<>(maxGroup);
        while (true) {
            Queued<I, O> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                if (stopping) {
                    return;
                }
                continue;
            }
            group.clear();
            group.add(first);
            queue.drainTo(group, maxGroup - 1);
            groupSizes.accept(group.size());
            writeGroup(group);
        }
    }

    private void writeGroup(List<Queued<I, O>> group) {
        List<O> answers;
        try {
            answers = write.apply(group.stream().map(Queued::item).toList());
        } catch (RuntimeException | Error failure) {
            if (group.size() == 1) {
                group.get(0).answer().completeExceptionally(failure);
                return;
            }
            LOG.debugf(failure, "A group of %d failed; writing its items one by one", group.size());
            for (Queued<I, O> one : group) {
                writeGroup(List.of(one));
            }
            return;
        }
        // outside the try: the group has committed, so it must never be written a second time
        answer(group, answers);
    }

    private static <I, O> void answer(List<Queued<I, O>> group, List<O> answers) {
        for (int i = 0; i < group.size(); i++) {
            if (i < answers.size()) {
                group.get(i).answer().complete(answers.get(i));
            } else {
                group.get(i).answer().completeExceptionally(new IllegalStateException(
                        "A group of " + group.size() + " got " + answers.size() + " answers"));
            }
        }
    }
}
