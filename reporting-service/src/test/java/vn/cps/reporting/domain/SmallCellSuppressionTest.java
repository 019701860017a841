package vn.cps.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    private final SmallCellSuppression suppression = new SmallCellSuppression(5);

    private static SmallCellSuppression.Group group(long total, long... counts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            cells.add(new Cell("2026", "k" + i, counts[i], false));
        }
        return new SmallCellSuppression.Group(cells, new Cell("2026", null, total, false));
    }

    /** The cells as published: null where hidden. */
    private static List<Long> published(SmallCellSuppression.Group group) {
        return group.cells().stream().map(Cell::published).toList();
    }

    @Test
    void aSmallCountIsHiddenAndTheSmallestOtherCellWithIt() {
        SmallCellSuppression.Group out = suppression.apply(group(35, 12, 3, 0, 20));
        // 3 alone hidden would be 35 - 12 - 20; hiding 12 too leaves 15 split two ways
        assertThat(published(out)).containsExactly(null, null, 0L, 20L);
        assertThat(out.total().published()).isEqualTo(35L);
    }

    @Test
    void hiddenCellsThatAddUpToLessThanTheThresholdTakeAnotherCell() {
        SmallCellSuppression.Group out = suppression.apply(group(73, 1, 2, 30, 40));
        assertThat(published(out)).containsExactly(null, null, null, 40L);
        assertThat(out.total().published()).isEqualTo(73L);
    }

    @Test
    void nothingIsHiddenWhenNoCountIsSmall() {
        SmallCellSuppression.Group out = suppression.apply(group(30, 10, 0, 20));
        assertThat(published(out)).containsExactly(10L, 0L, 20L);
        assertThat(out.total().published()).isEqualTo(30L);
    }

    @Test
    void countsAtTheThresholdAreShownAndZerosAlways() {
        SmallCellSuppression.Group out = suppression.apply(group(10, 5, 5, 0));
        assertThat(published(out)).containsExactly(5L, 5L, 0L);
    }

    @Test
    void aSmallTotalHidesItselfAndEveryCellThatMakesIt() {
        SmallCellSuppression.Group out = suppression.apply(group(3, 1, 2, 0));
        assertThat(published(out)).containsExactly(null, null, 0L);
        assertThat(out.total().published()).isNull();
    }

    @Test
    void whenNoOtherCellCanBeHiddenTheTotalIsHidden() {
        // cases without a key (or counted in several keys) make the cells differ from the total
        SmallCellSuppression.Group out = suppression.apply(group(8, 3, 0));
        assertThat(published(out)).containsExactly(null, 0L);
        assertThat(out.total().published()).isNull();
    }

    @Test
    void aThresholdBelowTwoIsRefused() {
        assertThatThrownBy(() -> new SmallCellSuppression(1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Over many groups (a fixed seed, so every run draws the same): no small count is shown, and a
     * shown total never gives back a hidden cell by subtraction, alone or summed below the threshold.
     */
    @Test
    void noPublishedTotalCanBeDifferencedIntoASmallCount() {
        Random random = new Random(20261202L);
        for (int run = 0; run < 10_000; run++) {
            int size = 1 + random.nextInt(8);
            long[] counts = new long[size];
            long sum = 0;
            for (int i = 0; i < size; i++) {
                counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 60);
                sum += counts[i];
            }
            SmallCellSuppression.Group out = suppression.apply(group(sum, counts));
            String drawn = java.util.Arrays.toString(counts) + " -> " + published(out) + " total " + out.total().published();
            for (Cell cell : out.cells()) {
                assertThat(cell.count() > 0 && cell.count() < 5 && !cell.suppressed()).as("small count shown: %s", drawn)
                        .isFalse();
            }
            assertThat(out.total().count() > 0 && out.total().count() < 5 && !out.total().suppressed())
                    .as("small total shown: %s", drawn).isFalse();
            if (!out.total().suppressed()) {
                List<Cell> hidden = out.cells().stream().filter(Cell::suppressed).toList();
                long hiddenSum = hidden.stream().mapToLong(Cell::count).sum();
                assertThat(hidden.isEmpty() || (hidden.size() >= 2 && hiddenSum >= 5))
                        .as("hidden cells recoverable from the total: %s", drawn).isTrue();
            }
        }
    }
}
