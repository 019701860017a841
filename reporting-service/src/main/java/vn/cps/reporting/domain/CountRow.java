package vn.cps.reporting.domain;

/** One group of a statistic and its count. */
public record CountRow(String key, long count) {
}
