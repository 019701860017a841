package vn.cps.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Measures the computed indicators over the facts in one statement: every family, for every
 * commune, province and the nation (grouping sets), for each half-year and year. The measurements
 * whose value changed since they were last published are written and returned; a count that no
 * longer has any case (a case merged or moved away) falls back to 0, so plan-service never keeps a
 * figure the cases no longer give. Definitions: docs/indicators.md.
 */
@ApplicationScoped
public class MeasuredIndicatorStore {

    /** One measurement that changed. {@code numerator} and {@code denominator} are null for a count. */
    public record Measurement(String indicatorCode, String jurisdiction, int year, String period, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator) {
    }

    /** Indicators that are counts: when their cases are gone they read 0 rather than keep a stale figure. */
    public static final List<String> COUNTS = List.of("II-0101", "CASE-01", "CASE-02", "CASE-03", "CASE-09");

    private static final String ABUSE = "'VIOLENCE', 'SEXUAL_ABUSE', 'EXPLOITATION', 'TRAFFICKING', 'ABANDONMENT', 'NEGLECT'";

    // the jurisdiction and period of a grouping-set row: the finest level the row was grouped by
    private static final String PLACE = """
            CASE WHEN grouping(c) = 0 THEN c WHEN grouping(p) = 0 THEN p ELSE 'VN' END AS j, y,
            CASE WHEN grouping(h) = 0 THEN h ELSE 'Y' END AS period""";
    private static final String SETS = "GROUPING SETS ((p, c, y, h), (p, y, h), (y, h), (p, c, y), (p, y), (y))";

    private static final String MEASURE = """
            WITH cases AS (
                SELECT f.province_code AS p, f.commune_code AS c, CAST(extract(year FROM f.received_on) AS int) AS y,
                       CASE WHEN extract(month FROM f.received_on) <= 6 THEN 'H1' ELSE 'H2' END AS h,
                       f.status, f.channel, f.emergency, f.plan, f.supported_at,
                       EXISTS (SELECT 1 FROM case_fact_harm_type t
                                WHERE t.case_id = f.case_id AND t.harm_type IN (%1$s)) AS abuse,
                       EXISTS (SELECT 1 FROM case_fact_child_group g WHERE g.case_id = f.case_id) AS special
                  FROM case_fact f WHERE f.status <> 'MERGED'),
            received AS (
                SELECT %2$s,
                       count(*) AS reports,
                       count(*) FILTER (WHERE channel = 'HOTLINE_111') AS hotline,
                       count(*) FILTER (WHERE abuse AND status <> 'NOT_SUBSTANTIATED') AS abused,
                       count(*) FILTER (WHERE special AND status <> 'NOT_SUBSTANTIATED') AS special,
                       count(*) FILTER (WHERE special AND status <> 'NOT_SUBSTANTIATED' AND supported_at IS NOT NULL)
                           AS supported,
                       count(*) FILTER (WHERE plan IN ('MET', 'MISSED') AND emergency <> 'PENDING') AS decided,
                       count(*) FILTER (WHERE plan = 'MET' AND emergency IN ('MET', 'NOT_APPLICABLE')) AS in_time,
                       count(*) FILTER (WHERE emergency IN ('MET', 'MISSED')) AS emergency_decided,
                       count(*) FILTER (WHERE emergency = 'MET') AS emergency_met,
                       count(*) FILTER (WHERE plan IN ('MET', 'MISSED')) AS plan_decided,
                       count(*) FILTER (WHERE plan = 'MET') AS plan_met
                  FROM cases GROUP BY %3$s),
            closed AS (
                SELECT %2$s, count(*) AS closed, count(*) FILTER (WHERE goals = 'MET') AS goals_met
                  FROM (SELECT province_code AS p, commune_code AS c, plan_goals_outcome AS goals,
                               CAST(extract(year FROM closed_at AT TIME ZONE :zone) AS int) AS y,
                               CASE WHEN extract(month FROM closed_at AT TIME ZONE :zone) <= 6 THEN 'H1' ELSE 'H2' END AS h
                          FROM case_fact WHERE status = 'CLOSED' AND closed_at IS NOT NULL) x
                 GROUP BY %3$s),
            referred AS (
                SELECT %2$s,
                       count(*) FILTER (WHERE answered OR response_due < :now) AS due,
                       count(*) FILTER (WHERE answered AND answered_at <= response_due) AS in_time
                  FROM (SELECT province_code AS p, commune_code AS c, answered_at, response_due,
                               answer IN ('ACCEPTED', 'DECLINED') AS answered,
                               CAST(extract(year FROM requested_at AT TIME ZONE :zone) AS int) AS y,
                               CASE WHEN extract(month FROM requested_at AT TIME ZONE :zone) <= 6 THEN 'H1' ELSE 'H2' END AS h
                          FROM referral_fact
                         WHERE response_due IS NOT NULL AND commune_code IS NOT NULL
                           AND answer IS DISTINCT FROM 'WITHDRAWN') x
                 GROUP BY %3$s),
            figures (code, j, y, period, num, den) AS (
                SELECT v.* FROM received r, LATERAL (VALUES
                       ('II-0101', r.j, r.y, r.period, r.abused, CAST(NULL AS bigint)),
                       ('CASE-01', r.j, r.y, r.period, r.special, NULL),
                       ('CASE-02', r.j, r.y, r.period, r.supported, NULL),
                       ('NPA-06', r.j, r.y, r.period, r.supported, r.special),
                       ('CASE-03', r.j, r.y, r.period, r.reports, NULL),
                       ('CASE-04', r.j, r.y, r.period, r.hotline, r.reports),
                       ('CASE-05', r.j, r.y, r.period, r.in_time, r.decided),
                       ('CASE-06', r.j, r.y, r.period, r.emergency_met, r.emergency_decided),
                       ('CASE-07', r.j, r.y, r.period, r.plan_met, r.plan_decided)) v
                UNION ALL
                SELECT v.* FROM closed k, LATERAL (VALUES
                       ('CASE-09', k.j, k.y, k.period, k.closed, CAST(NULL AS bigint)),
                       ('CASE-10', k.j, k.y, k.period, k.goals_met, k.closed)) v
                UNION ALL
                SELECT 'CASE-08', q.j, q.y, q.period, q.in_time, q.due FROM referred q),
            measured AS (
                -- a share is measured only where it has something to be a share of
                SELECT code, j, y, period,
                       CASE WHEN den IS NULL THEN num ELSE round(100.0 * num / den, 2) END AS value,
                       CASE WHEN den IS NULL THEN NULL ELSE num END AS num, den
                  FROM figures WHERE j IS NOT NULL AND (den IS NULL OR den > 0)),
            upserted AS (
                INSERT INTO indicator_measurement AS m (indicator_code, jurisdiction, year, period, value, numerator,
                                                        denominator, published_value, measured_at)
                SELECT code, j, y, period, value, num, den, value, :now FROM measured
                ON CONFLICT (indicator_code, jurisdiction, year, period) DO UPDATE
                   SET value = EXCLUDED.value, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
                       published_value = EXCLUDED.value, measured_at = EXCLUDED.measured_at
                 WHERE m.published_value IS DISTINCT FROM EXCLUDED.value
                RETURNING m.indicator_code, m.jurisdiction, m.year, m.period, m.value, m.numerator, m.denominator),
            emptied AS (
                UPDATE indicator_measurement m SET value = 0, published_value = 0, measured_at = :now
                 WHERE m.indicator_code IN (:counts) AND m.published_value <> 0
                   AND NOT EXISTS (SELECT 1 FROM measured d WHERE d.code = m.indicator_code AND d.j = m.jurisdiction
                                      AND d.y = m.year AND d.period = m.period)
                RETURNING m.indicator_code, m.jurisdiction, m.year, m.period, m.value, m.numerator, m.denominator)
            SELECT * FROM upserted UNION ALL SELECT * FROM emptied
             ORDER BY 1, 2, 3, 4""".formatted(ABUSE, PLACE, SETS);

    private final EntityManager entityManager;

    MeasuredIndicatorStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Measures every indicator and keeps the new values; returns those that changed, to be published. */
    @SuppressWarnings("unchecked")
    public List<Measurement> measureChanged(Instant now, ZoneId legalZone) {
        List<Object[]> rows = entityManager.createNativeQuery(MEASURE)
                .setParameter("zone", legalZone.getId())
                .setParameter("now", Timestamp.from(now))
                .setParameter("counts", COUNTS)
                .getResultList();
        return rows.stream().map(r -> new Measurement((String) r[0], r[1].toString().trim(), ((Number) r[2]).intValue(),
                r[3].toString().trim(), (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6])).toList();
    }
}
