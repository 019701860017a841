package vn.cps.reporting.rest;

import java.time.LocalDate;
import java.util.List;
import vn.cps.reporting.service.CaseStatistics;

/**
 * Case counts for a period. {@code total} counts each case once; with {@code groupBy=harmType}
 * the rows may add up to more, since a case can have several harm types.
 */
public record CaseCountsView(LocalDate from, LocalDate to, String groupBy, long total, List<Row> rows) {

    public record Row(String key, long count) {
    }

    static CaseCountsView of(CaseStatistics.CaseCounts counts) {
        return new CaseCountsView(counts.from(), counts.to(), counts.groupBy().parameter(), counts.total(),
                counts.rows().stream().map(r -> new Row(r.key(), r.count())).toList());
    }
}
