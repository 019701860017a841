package vn.cps.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cps.plans.domain.Indicator;
import vn.cps.plans.domain.IndicatorReport;
import vn.cps.plans.domain.IndicatorValue;
import vn.cps.plans.domain.Target;
import vn.cps.plans.domain.TargetEvaluation;
import vn.cps.plans.export.IndicatorReportCsv;
import vn.cps.plans.export.IndicatorReportXlsx;
import vn.cps.plans.persistence.IndicatorReportQueries;
import vn.cps.plans.persistence.IndicatorRepository;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;

/**
 * The indicator report of a jurisdiction for a year or half-year (issue #18): its targets read
 * against the values, the other indicators it has values for, and a chart per targeted indicator.
 */
@ApplicationScoped
public class IndicatorReports {

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public enum Format { XLSX, CSV }

    /** A report as a file to download. */
    public record ReportFile(byte[] content, Format format, String fileName) {
    }

    private final IndicatorReportQueries queries;
    private final IndicatorRepository catalogue;
    private final PlanService plans;

    IndicatorReports(IndicatorReportQueries queries, IndicatorRepository catalogue, PlanService plans) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.plans = plans;
    }

    /** The report as a file, e.g. {@code bao-cao-chi-so-48-2026-H1.xlsx}. */
    @Transactional
    public ReportFile file(String jurisdiction, int year, IndicatorReport.Period period, Format format) {
        IndicatorReport report = report(jurisdiction, year, period);
        byte[] content = format == Format.CSV ? IndicatorReportCsv.write(report) : IndicatorReportXlsx.write(report);
        return new ReportFile(content, format, "bao-cao-chi-so-" + jurisdiction + "-" + year + "-" + period.name() + "."
                + format.name().toLowerCase());
    }

    /**
     * A unit in force (else 422), readable by the caller as plans are (else 404, so that nothing
     * leaks): national figures for everyone, others within the caller's jurisdiction.
     */
    @Transactional
    public IndicatorReport report(String jurisdiction, int year, IndicatorReport.Period period) {
        AdministrativeUnits.requireJurisdiction("jurisdiction", jurisdiction);
        if (!plans.mayRead(jurisdiction)) {
            throw ProblemException.notFound("Indicator report of", jurisdiction);
        }
        Map<String, Indicator> indicators = catalogue.listAll().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        Map<String, IndicatorValue> values = queries.latestValues(jurisdiction, year, period.name());
        IndicatorReport.Previous before = period.previous(year);
        Map<String, IndicatorValue> previous = queries.latestValues(jurisdiction, before.year(), before.period().name());
        LocalDate readOn = readOn(year, period);

        List<IndicatorReport.Row> rows = new ArrayList<>();
        List<IndicatorReport.Chart> charts = new ArrayList<>();
        Set<String> targeted = new HashSet<>();
        for (IndicatorReportQueries.PlannedTarget planned : queries.targets(jurisdiction, year)) {
            Target t = planned.target();
            Indicator indicator = indicators.get(t.indicatorCode());
            String name = indicator != null ? indicator.nameVi() : t.name();
            // the target covers the year, so its series runs from its first year to the report's
            Map<Integer, BigDecimal> yearly = queries.yearly(t.indicatorCode(), jurisdiction, t.periodStartYear(), year);
            TargetEvaluation e = TargetEvaluation.of(t.direction(), t.targetValue(), t.baseline(),
                    List.copyOf(yearly.values()), t.elapsedShare(readOn));
            rows.add(row(t.indicatorCode(), name, t.unit(), values.get(t.indicatorCode()),
                    previous.get(t.indicatorCode()), planned.planNumber(), e));
            // two plans may target one indicator: the chart follows the first (oldest period)
            if (targeted.add(t.indicatorCode())) {
                List<IndicatorReport.Point> points = new ArrayList<>();
                for (int y = t.periodStartYear(); y <= year; y++) {
                    points.add(new IndicatorReport.Point(y, yearly.get(y), e.goal()));
                }
                charts.add(new IndicatorReport.Chart(t.indicatorCode(), name, t.unit(), points));
            }
        }
        values.forEach((code, value) -> {
            if (!targeted.contains(code)) {
                Indicator indicator = indicators.get(code);
                rows.add(row(code, indicator == null ? null : indicator.nameVi(), indicator == null ? null : indicator.unit(),
                        value, previous.get(code), null, null));
            }
        });
        return new IndicatorReport(jurisdiction, AdministrativeUnits.fullName(jurisdiction), year, period, rows, charts);
    }

    /**
     * The day targets are read on. A past year is read as it stood when the period closed (the day
     * after its end: a target ending that year is then met or missed), and its series stops at the
     * report's year; the current year (or a later one) is read today, as GET /plans/{id}/targets does.
     */
    private static LocalDate readOn(int year, IndicatorReport.Period period) {
        LocalDate today = LocalDate.now(LEGAL_ZONE);
        return year < today.getYear() ? period.endExclusive(year) : today;
    }

    private static IndicatorReport.Row row(String code, String name, String unit, IndicatorValue value,
            IndicatorValue previous, String plan, TargetEvaluation evaluation) {
        BigDecimal current = value == null ? null : value.value();
        return new IndicatorReport.Row(code, name, unit, current,
                value == null ? null : value.numerator(), value == null ? null : value.denominator(),
                value == null ? null : value.source().name(), value == null ? null : value.sourceNote(), plan,
                evaluation == null ? null : evaluation.goal(), evaluation == null ? null : evaluation.status(),
                IndicatorReport.Change.between(previous == null ? null : previous.value(), current));
    }
}
