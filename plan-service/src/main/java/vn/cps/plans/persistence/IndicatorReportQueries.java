package vn.cps.plans.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cps.plans.domain.IndicatorValue;
import vn.cps.plans.domain.Target;

/** The reads of the indicator report: targets of a jurisdiction's plans and the latest values of a period. */
@ApplicationScoped
public class IndicatorReportQueries {

    private final EntityManager em;

    IndicatorReportQueries(EntityManager em) {
        this.em = em;
    }

    /** A target with the number of its plan. */
    public record PlannedTarget(Target target, String planNumber) {
    }

    /**
     * Targets set for the jurisdiction by the plans of that jurisdiction whose period covers the year,
     * by indicator, then oldest period first.
     */
    public List<PlannedTarget> targets(String jurisdiction, int year) {
        List<Object[]> rows = em.createQuery("""
                select t, p.number from Target t, Plan p
                 where p.id = t.planId and p.jurisdiction = ?1 and t.jurisdiction = ?1
                   and t.periodStartYear <= ?2 and t.periodEndYear >= ?2
                 order by t.indicatorCode, t.periodStartYear, p.number, t.id""", Object[].class)
                .setParameter(1, jurisdiction).setParameter(2, year).getResultList();
        return rows.stream().map(r -> new PlannedTarget((Target) r[0], (String) r[1])).toList();
    }

    /** The value of each indicator for the jurisdiction, year and period: the latest recorded, by code. */
    @SuppressWarnings("unchecked")
    public Map<String, IndicatorValue> latestValues(String jurisdiction, int year, String period) {
        List<IndicatorValue> values = em.createNativeQuery("""
                SELECT DISTINCT ON (indicator_code) * FROM indicator_value
                 WHERE jurisdiction = :jurisdiction AND year = :year AND period = :period
                 ORDER BY indicator_code, recorded_at DESC, id""", IndicatorValue.class)
                .setParameter("jurisdiction", jurisdiction).setParameter("year", year).setParameter("period", period)
                .getResultList();
        Map<String, IndicatorValue> byCode = new LinkedHashMap<>();
        values.forEach(v -> byCode.put(v.indicatorCode(), v));
        return byCode;
    }

    /**
     * The yearly ('Y') value per year over the years, the latest record of each: the series a target
     * reads (PlanRepository.series), here with its years so that a chart leaves gaps where one is missing.
     */
    @SuppressWarnings("unchecked")
    public Map<Integer, BigDecimal> yearly(String indicatorCode, String jurisdiction, int fromYear, int toYear) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (year) year, value FROM indicator_value
                 WHERE indicator_code = :code AND jurisdiction = :jurisdiction AND year BETWEEN :from AND :to
                   AND period = 'Y'
                 ORDER BY year, recorded_at DESC""")
                .setParameter("code", indicatorCode).setParameter("jurisdiction", jurisdiction)
                .setParameter("from", fromYear).setParameter("to", toYear).getResultList();
        Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
        rows.forEach(r -> byYear.put(((Number) r[0]).intValue(), (BigDecimal) r[1]));
        return byYear;
    }
}
