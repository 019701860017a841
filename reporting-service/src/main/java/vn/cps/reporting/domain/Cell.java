package vn.cps.reporting.domain;

/** One figure of an answer: a period, a group key and a count, or no count when it is suppressed. */
public record Cell(String period, String key, long count, boolean suppressed) {

    public Cell suppress() {
        return new Cell(period, key, count, true);
    }

    /** The count as published: null when suppressed. */
    public Long published() {
        return suppressed ? null : count;
    }
}
