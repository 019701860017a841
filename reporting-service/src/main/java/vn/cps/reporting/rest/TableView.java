package vn.cps.reporting.rest;

import java.time.LocalDate;
import java.util.List;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.reporting.domain.Cell;
import vn.cps.reporting.service.Statistics;

/**
 * Counts for a period range: per group and period ({@code rows}), per period ({@code periods}) and in
 * all ({@code total}). A suppressed figure has {@code count: null} and {@code suppressed: true}. With
 * {@code groupBy=harmType} rows may add up to more than the total: a case can have several harm types.
 */
public record TableView(LocalDate from, LocalDate to, String groupBy, String period, boolean suppression,
        int threshold, Long total, boolean totalSuppressed, List<Row> rows, List<PeriodTotal> periods) {

    /** name: the full name of a province or commune when grouped by place ("Phường Hải Vân"), else null. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TableRow",
            description = "One cell of a statistics table: a period and a key (province, commune, harm type ...) with its count")
    public record Row(String period, String key, String name, Long count, boolean suppressed) {
    }

    public record PeriodTotal(String period, Long count, boolean suppressed) {
    }

    static TableView of(Statistics.Table t) {
        Statistics.Query q = t.query();
        return new TableView(q.from(), q.to(), q.groupBy().parameter(), q.period() == null ? null : q.period().parameter(),
                t.suppressed(), t.threshold(), t.total().published(), t.total().suppressed(),
                t.rows().stream().map(c -> row(c, q.groupBy().place() ? AdministrativeUnits.fullName(c.key()) : null)).toList(),
                t.periodTotals().stream().map(c -> new PeriodTotal(c.period(), c.published(), c.suppressed())).toList());
    }

    static Row row(Cell c, String name) {
        return new Row(c.period(), c.key(), name, c.published(), c.suppressed());
    }
}
