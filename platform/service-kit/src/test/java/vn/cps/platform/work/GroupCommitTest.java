package vn.cps.platform.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The writer threads of GroupCommit, with a write that records its groups instead of a database. */
class GroupCommitTest {

    private final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> reportedSizes = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstWriteEntered = new CountDownLatch(1);
    private final CountDownLatch releaseFirstWrite = new CountDownLatch(1);
    private GroupCommit<String, String> commit;

    @AfterEach
    void stop() {
        releaseFirstWrite.countDown();
        if (commit != null) {
            commit.stop(Duration.ofSeconds(5));
        }
    }

    /** Answers each item upper-cased; the first group waits until released; an item "poison" fails its group. */
    private Function<List<String>, List<String>> write() {
        return items -> {
            groups.add(List.copyOf(items));
            if (groups.size() == 1) {
                firstWriteEntered.countDown();
                await(releaseFirstWrite);
            }
            if (items.contains("poison")) {
                throw new IllegalStateException("poison in " + items);
            }
            return items.stream().map(String::toUpperCase).toList();
        };
    }

    @Test
    void whatQueuesWhileAGroupWritesIsWrittenTogetherInTheNext() throws Exception {
        CompletableFuture<String> first = holdFirstGroup("test-writer", 32, 64);
        List<CompletableFuture<String>> queued = new ArrayList<>();
        for (String item : List.of("b", "c", "d")) {
            queued.add(commit.submit(item));
        }
        releaseFirstWrite.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(queued.get(0).get(5, TimeUnit.SECONDS)).isEqualTo("B");
        assertThat(queued.get(2).get(5, TimeUnit.SECONDS)).isEqualTo("D");
        assertThat(groups).containsExactly(List.of("a"), List.of("b", "c", "d"));
    }

    @Test
    void aGroupIsNoLargerThanItsMaximum() throws Exception {
        CompletableFuture<String> first = holdFirstGroup("test-writer", 2, 64);
        List<CompletableFuture<String>> queued = new ArrayList<>();
        for (String item : List.of("b", "c", "d", "e", "f")) {
            queued.add(commit.submit(item));
        }
        releaseFirstWrite.countDown();
        first.get(5, TimeUnit.SECONDS);
        queued.get(4).get(5, TimeUnit.SECONDS);

        assertThat(groups).containsExactly(List.of("a"), List.of("b", "c"), List.of("d", "e"), List.of("f"));
        assertThat(reportedSizes).containsExactly(1, 2, 2, 1);
    }

    @Test
    void aFailedGroupIsWrittenAgainItemByItemSoOnlyTheCulpritFails() throws Exception {
        CompletableFuture<String> first = holdFirstGroup("test-writer", 32, 64);
        CompletableFuture<String> before = commit.submit("b");
        CompletableFuture<String> poison = commit.submit("poison");
        CompletableFuture<String> after = commit.submit("c");
        releaseFirstWrite.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("B");
        assertThat(after.get(5, TimeUnit.SECONDS)).isEqualTo("C");
        assertThatThrownBy(() -> poison.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("poison in [poison]");
        assertThat(groups).containsExactly(List.of("a"), List.of("b", "poison", "c"), List.of("b"), List.of("poison"),
                List.of("c"));
        assertThat(reportedSizes).as("the groups taken from the queue; the rewrites one by one are not groups")
                .containsExactly(1, 3);
    }

    @Test
    void beyondItsCapacityAnItemIsRefusedAtOnce() throws Exception {
        CompletableFuture<String> first = holdFirstGroup("test-writer", 32, 2);
        CompletableFuture<String> b = commit.submit("b");
        CompletableFuture<String> c = commit.submit("c");
        CompletableFuture<String> refused = commit.submit("d");

        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::join).cause().isInstanceOf(RejectedExecutionException.class)
                .hasMessage("too many items waiting");
        releaseFirstWrite.countDown();
        assertThat(List.of(first.get(5, TimeUnit.SECONDS), b.get(5, TimeUnit.SECONDS), c.get(5, TimeUnit.SECONDS)))
                .containsExactly("A", "B", "C");
    }

    @Test
    void stoppingWritesWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
        CompletableFuture<String> first = holdFirstGroup("stop-test-writer", 32, 64);
        CompletableFuture<String> queued = commit.submit("b");
        // returns while the writer is still held in its first group: stopping has begun
        commit.stop(Duration.ofMillis(1));
        CompletableFuture<String> late = commit.submit("late");
        releaseFirstWrite.countDown();
        commit.stop(Duration.ofSeconds(5));

        assertThatThrownBy(late::join).cause().isInstanceOf(RejectedExecutionException.class).hasMessage("stopping");
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("B");
        assertThat(Thread.getAllStackTraces().keySet()).as("the writer ended once the queue was written")
                .noneMatch(t -> t.getName().startsWith("stop-test-writer"));
    }

    /** Starts one writer and submits "a", whose group holds the writer until released. */
    private CompletableFuture<String> holdFirstGroup(String threadName, int maxGroup, int capacity) {
        commit = new GroupCommit<>(threadName, 1, maxGroup, capacity, write(), reportedSizes::add);
        CompletableFuture<String> first = commit.submit("a");
        await(firstWriteEntered);
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 5 s for the first write, count still " + latch.getCount());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
