package vn.cps.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hides small figures so that no child can be singled out. Primary: a count from 1 to
 * threshold - 1 is hidden. Secondary: within a group whose total is shown, the hidden cells must
 * be at least two and add up to at least the threshold, or subtracting the visible cells from the
 * total would give them back; the smallest visible non-zero cells are hidden until that holds, and
 * the total itself when it cannot.
 */
public final class SmallCellSuppression {

    private final int threshold;

    public SmallCellSuppression(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("A threshold below 2 protects nothing");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** A group of cells and the total they add up to. */
    public record Group(List<Cell> cells, Cell total) {
    }

    public Group apply(Group group) {
        List<Cell> cells = new ArrayList<>(group.cells().stream().map(this::primary).toList());
        Cell total = primary(group.total());
        if (total.suppressed()) {
            // a hidden total protects nothing if the cells that make it are shown
            return new Group(cells.stream().map(c -> c.count() > 0 ? c.suppress() : c).toList(), total);
        }
        while (disclosive(cells)) {
            int next = smallestVisibleNonZero(cells);
            if (next < 0) {
                return new Group(cells, total.suppress());
            }
            cells.set(next, cells.get(next).suppress());
        }
        return new Group(cells, total);
    }

    private Cell primary(Cell cell) {
        return cell.count() > 0 && cell.count() < threshold ? cell.suppress() : cell;
    }

    /** Whether the hidden cells could be recovered, alone or one of them, by subtraction. */
    private boolean disclosive(List<Cell> cells) {
        List<Cell> hidden = cells.stream().filter(Cell::suppressed).toList();
        if (hidden.isEmpty()) {
            return false;
        }
        long sum = hidden.stream().mapToLong(Cell::count).sum();
        return hidden.size() == 1 || sum < threshold;
    }

    private static int smallestVisibleNonZero(List<Cell> cells) {
        int best = -1;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (!c.suppressed() && c.count() > 0
                    && (best < 0 || Comparator.comparingLong(Cell::count).compare(c, cells.get(best)) < 0)) {
                best = i;
            }
        }
        return best;
    }
}
