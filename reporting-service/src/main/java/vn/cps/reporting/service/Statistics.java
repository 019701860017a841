package vn.cps.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cps.platform.problem.Problem;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;
import vn.cps.platform.security.Roles;
import vn.cps.reporting.config.ReportingConfig;
import vn.cps.reporting.domain.Cell;
import vn.cps.reporting.domain.Dimension;
import vn.cps.reporting.domain.Period;
import vn.cps.reporting.domain.SmallCellSuppression;
import vn.cps.reporting.persistence.StatisticsQueries;
import vn.cps.reporting.persistence.StatisticsQueries.Figure;
import vn.cps.reporting.persistence.StatisticsQueries.Slice;

/**
 * Statistics from the cubes, inside the caller's jurisdiction. Small figures are suppressed for
 * callers without case access (analysts) and in every export.
 */
@ApplicationScoped
public class Statistics {

    public static final String CASES = "CASE";
    public static final String INTAKES = "INTAKE";

    private final StatisticsQueries queries;
    private final Caller caller;
    private final ReportingConfig config;

    Statistics(StatisticsQueries queries, Caller caller, ReportingConfig config) {
        this.queries = queries;
        this.caller = caller;
        this.config = config;
    }

    /** What a statistics query asks; province and commune narrow it inside the caller's jurisdiction. */
    public record Query(LocalDate from, LocalDate to, Dimension groupBy, Period period, String province,
            String commune) {
    }

    /** Counts by group and period, the total of each period and of all. */
    public record Table(Query query, boolean suppressed, int threshold, List<Cell> rows, List<Cell> periodTotals,
            Cell total) {
    }

    public int threshold() {
        return config.suppressionThreshold();
    }

    /** Whether figures shown to the caller are suppressed: only for roles without case access. */
    public boolean suppressesForCaller() {
        return !caller.hasRole(Roles.CASE_SUPERVISOR);
    }

    @Transactional
    public Table counts(String subject, Query q, boolean suppress) {
        Set<Dimension> allowed = subject.equals(CASES) ? Dimension.CASE_GROUPINGS : Dimension.INTAKE_GROUPINGS;
        if (!allowed.contains(q.groupBy())) {
            throw badParameter("groupBy", "must be one of " + allowed.stream().map(Dimension::parameter).sorted().toList());
        }
        checkPeriod(q.from(), q.to());
        Place place = place(q.province(), q.commune());
        boolean communeCube = q.groupBy() == Dimension.COMMUNE || place.commune() != null;
        if (communeCube) {
            if (q.period() == Period.DAY) {
                throw ProblemException.unprocessable("period", "commune figures are kept by month: ask by month or longer");
            }
            if (q.from().getDayOfMonth() != 1 || !q.to().equals(q.to().withDayOfMonth(q.to().lengthOfMonth()))) {
                throw ProblemException.unprocessable("from", "commune figures are kept by month: from must be the "
                        + "first and to the last day of a month");
            }
        }
        String keyColumn = switch (q.groupBy()) {
            case PROVINCE -> "province_code";
            case COMMUNE -> "commune_code";
            default -> "key";
        };
        String dimension = q.groupBy().place() ? "ALL" : q.groupBy().name();
        List<Figure> rows = queries.figures(new Slice(subject, dimension, communeCube, keyColumn, q.period(),
                q.from(), q.to(), place.province(), place.commune()));
        List<Figure> totals = queries.figures(new Slice(subject, "ALL", communeCube, "'*'", q.period(), q.from(),
                q.to(), place.province(), place.commune()));
        return table(q, rows, totals, suppress);
    }

    /** Deadline compliance: per period, how many cases met, missed or still wait on each legal deadline. */
    public record Compliance(String deadline, String period, Map<String, Cell> counts, Double metPercent) {
    }

    @Transactional
    public List<Compliance> deadlines(Query q, boolean suppress) {
        checkPeriod(q.from(), q.to());
        Place place = place(q.province(), q.commune());
        List<Compliance> result = new ArrayList<>();
        for (String deadline : List.of("EMERGENCY", "PLAN", "PLAN_C6")) {
            Table table = table(q, queries.figures(new Slice(CASES, deadline, false, "key", q.period(), q.from(),
                    q.to(), place.province(), null)), List.of(), suppress);
            Map<String, Map<String, Cell>> byPeriod = new LinkedHashMap<>();
            for (Cell cell : table.rows()) {
                byPeriod.computeIfAbsent(cell.period(), p -> new LinkedHashMap<>()).put(cell.key(), cell);
            }
            byPeriod.forEach((period, counts) -> {
                Cell met = counts.get("MET");
                Cell missed = counts.get("MISSED");
                long m = met == null ? 0 : met.count();
                long x = missed == null ? 0 : missed.count();
                boolean hidden = (met != null && met.suppressed()) || (missed != null && missed.suppressed());
                Double percent = m + x == 0 || hidden ? null : Math.round(1000.0 * m / (m + x)) / 10.0;
                result.add(new Compliance(deadline, period, counts, percent));
            });
        }
        return result;
    }

    /** Referrals of one agency: how many, how answered, how fast. */
    public record AgencyReferrals(String agencyCode, Cell requested, Cell accepted, Cell declined, Cell withdrawn,
            Cell completed, Double acceptancePercent, Double averageResponseHours, Double answeredInTimePercent) {
    }

    @Transactional
    public List<AgencyReferrals> referrals(LocalDate from, LocalDate to, String province, boolean suppress) {
        checkPeriod(from, to);
        Place place = place(province, null);
        if (place.commune() != null) {
            throw ProblemException.unprocessable("province", "referrals are counted by province");
        }
        String label = from + "/" + to;
        return queries.referrals(from.withDayOfMonth(1), to, place.province()).stream().map(r -> {
            Cell requested = primary(new Cell(label, "requested", r.requested(), false), suppress);
            Cell accepted = primary(new Cell(label, "accepted", r.accepted(), false), suppress);
            Cell declined = primary(new Cell(label, "declined", r.declined(), false), suppress);
            long answered = r.accepted() + r.declined();
            boolean hidden = accepted.suppressed() || declined.suppressed();
            return new AgencyReferrals(r.agencyCode(), requested, accepted, declined,
                    primary(new Cell(label, "withdrawn", r.withdrawn(), false), suppress),
                    primary(new Cell(label, "completed", r.completed(), false), suppress),
                    answered == 0 || hidden ? null : Math.round(1000.0 * r.accepted() / answered) / 10.0,
                    answered == 0 || hidden ? null : Math.round(10.0 * r.responseSeconds() / answered / 3600) / 10.0,
                    // of the answers, those given by the response deadline (indicator CASE-08 per agency)
                    answered == 0 || hidden ? null : Math.round(1000.0 * r.answeredInTime() / answered) / 10.0);
        }).toList();
    }

    /** Open and closed cases of each commune, as received there. */
    public record Caseload(String communeCode, Cell open, Cell closed) {
    }

    @Transactional
    public List<Caseload> caseload(String province, boolean suppress) {
        Place place = place(province, null);
        Map<String, long[]> byCommune = new LinkedHashMap<>();
        for (Object[] row : queries.caseload(place.province(), place.commune())) {
            long[] counts = byCommune.computeIfAbsent(row[0].toString().trim(), c -> new long[2]);
            String status = row[1].toString();
            long n = ((Number) row[2]).longValue();
            if (status.equals("OPEN")) {
                counts[0] += n;
            } else if (status.equals("CLOSED") || status.equals("NOT_SUBSTANTIATED")) {
                counts[1] += n;
            }
        }
        List<Caseload> result = new ArrayList<>();
        byCommune.forEach((commune, c) -> result.add(new Caseload(commune,
                primary(new Cell("now", "open", c[0], false), suppress),
                primary(new Cell("now", "closed", c[1], false), suppress))));
        return result;
    }

    /** Days from receipt to closure of the cases closed in the period. */
    public record ClosureTimes(String period, Cell closed, Integer p50Days, Integer p90Days, Integer p95Days) {
    }

    @Transactional
    public ClosureTimes closureTimes(LocalDate from, LocalDate to, String province, boolean suppress) {
        checkPeriod(from, to);
        Place place = place(province, null);
        if (place.commune() != null) {
            throw ProblemException.unprocessable("province", "closure times are kept by province");
        }
        List<long[]> histogram = queries.closureDays(from.withDayOfMonth(1), to, place.province());
        long count = histogram.stream().mapToLong(h -> h[1]).sum();
        Cell closed = primary(new Cell(from + "/" + to, "closed", count, false), suppress);
        if (count == 0 || closed.suppressed()) {
            return new ClosureTimes(closed.period(), closed, null, null, null);
        }
        return new ClosureTimes(closed.period(), closed, percentile(histogram, count, 0.50),
                percentile(histogram, count, 0.90), percentile(histogram, count, 0.95));
    }

    /** The smallest number of days within which at least the share of cases closed (nearest rank). */
    static Integer percentile(List<long[]> histogram, long count, double share) {
        long rank = (long) Math.ceil(share * count);
        long seen = 0;
        for (long[] bucket : histogram) {
            seen += bucket[1];
            if (seen >= rank) {
                return (int) bucket[0];
            }
        }
        return (int) histogram.get(histogram.size() - 1)[0];
    }

    private Table table(Query q, List<Figure> rows, List<Figure> totals, boolean suppress) {
        List<Cell> rowCells = rows.stream().map(f -> new Cell(label(q, f), f.key(), f.n(), false)).toList();
        List<Cell> periodCells = totals.stream().map(f -> new Cell(label(q, f), "*", f.n(), false)).toList();
        Cell total = new Cell(q.from() + "/" + q.to(), "*", periodCells.stream().mapToLong(Cell::count).sum(), false);
        if (!suppress) {
            return new Table(q, false, config.suppressionThreshold(), rowCells, periodCells, total);
        }
        SmallCellSuppression suppression = new SmallCellSuppression(config.suppressionThreshold());
        // the periods add up to the total: protect them against each other first
        SmallCellSuppression.Group overall = suppression.apply(new SmallCellSuppression.Group(periodCells, total));
        Map<String, Cell> periodTotals = new LinkedHashMap<>();
        overall.cells().forEach(c -> periodTotals.put(c.period(), c));
        List<Cell> protectedRows = new ArrayList<>();
        for (Cell periodTotal : overall.cells()) {
            List<Cell> cells = rowCells.stream().filter(c -> c.period().equals(periodTotal.period())).toList();
            SmallCellSuppression.Group group = suppression.apply(new SmallCellSuppression.Group(cells, periodTotal));
            List<Cell> result = group.cells();
            if (periodTotal.suppressed() || group.total().suppressed()) {
                // a hidden period total must not be recoverable from its rows
                result = result.stream().map(c -> c.count() > 0 ? c.suppress() : c).toList();
                periodTotals.put(periodTotal.period(), periodTotal.suppress());
            }
            protectedRows.addAll(result);
        }
        // rows of periods without a total (a figure of a cube without the ALL dimension)
        rowCells.stream().filter(c -> !periodTotals.containsKey(c.period()))
                .map(c -> c.count() > 0 && c.count() < config.suppressionThreshold() ? c.suppress() : c)
                .forEach(protectedRows::add);
        return new Table(q, true, config.suppressionThreshold(), protectedRows, List.copyOf(periodTotals.values()),
                overall.total());
    }

    private Cell primary(Cell cell, boolean suppress) {
        return suppress && cell.count() > 0 && cell.count() < config.suppressionThreshold() ? cell.suppress() : cell;
    }

    private static String label(Query q, Figure f) {
        return q.period() == null || f.periodStart() == null ? q.from() + "/" + q.to()
                : q.period().label(f.periodStart());
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.unprocessable("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > config.maxPeriodDays()) {
            throw ProblemException.unprocessable("to", "the period may span at most " + config.maxPeriodDays() + " days");
        }
    }

    /** The province and commune a query is narrowed to: what was asked, inside the caller's jurisdiction. */
    private record Place(String province, String commune) {
    }

    private Place place(String province, String commune) {
        if (province != null) {
            AdministrativeUnits.requireProvince("province", province);
        }
        if (commune != null) {
            AdministrativeUnits.requireCommune("commune", commune, province);
        }
        Jurisdiction j = caller.jurisdiction();
        return switch (j.level()) {
            case NATIONAL -> new Place(province, commune);
            case PROVINCE -> {
                if (province != null && !province.equals(j.code())) {
                    throw ProblemException.unprocessable("province", "lies outside your jurisdiction");
                }
                if (commune != null && !j.covers(null, commune)) {
                    throw ProblemException.unprocessable("commune", "lies outside your jurisdiction");
                }
                yield new Place(j.code(), commune);
            }
            case COMMUNE -> {
                if (commune != null && !commune.equals(j.code())) {
                    throw ProblemException.unprocessable("commune", "lies outside your jurisdiction");
                }
                yield new Place(province, j.code());
            }
            case NONE -> throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "forbidden",
                    "Your token carries no jurisdiction"));
        };
    }

    private static ProblemException badParameter(String field, String message) {
        return ProblemException.badRequest("Invalid " + field, List.of(new Problem.Violation(field, message)));
    }
}
