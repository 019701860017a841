package vn.cps.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cps.reporting.domain.Period;

/**
 * Reads the cubes, never the facts: national figures from the country-by-day cube, provincial ones
 * (and national ones by province) from the province-by-day cube, commune figures from the
 * commune-by-month cube. Every query is an index range over one cube.
 */
@ApplicationScoped
public class StatisticsQueries {

    private final EntityManager entityManager;

    StatisticsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One summed figure: the first day of its period (null without periods), its key, the sum. */
    public record Figure(LocalDate periodStart, String key, long n) {
    }

    /** Where figures are taken from and how they are cut. */
    public record Slice(String subject, String dimension, boolean communeCube, String keyColumn, Period period,
            LocalDate from, LocalDate to, String province, String commune) {
    }

    @SuppressWarnings("unchecked")
    public List<Figure> figures(Slice s) {
        // the smallest cube that answers: the country by day, provinces by day, or communes by month
        boolean national = !s.communeCube() && s.province() == null && !s.keyColumn().equals("province_code");
        String table = s.communeCube() ? "stat_commune_month" : national ? "stat_national_day" : "stat_province_day";
        String dateColumn = s.communeCube() ? "month" : "day";
        String periodExpr = s.period() == null ? "CAST(NULL AS date)" : s.period().sqlStart(dateColumn);
        StringBuilder sql = new StringBuilder("SELECT ").append(periodExpr).append(" AS p, ").append(s.keyColumn())
                .append(" AS k, sum(n) FROM ").append(table)
                .append(" WHERE subject = :subject AND dimension = :dimension AND ").append(dateColumn)
                .append(" BETWEEN :from AND :to");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("subject", s.subject());
        parameters.put("dimension", s.dimension());
        parameters.put("from", s.from());
        parameters.put("to", s.to());
        if (s.province() != null) {
            sql.append(" AND province_code = :province");
            parameters.put("province", s.province());
        }
        if (s.commune() != null) {
            sql.append(" AND commune_code = :commune");
            parameters.put("commune", s.commune());
        }
        sql.append(" GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2");
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Figure(toDate(r[0]), r[1] == null ? null : r[1].toString().trim(),
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /** Referral counters of each agency for requests in the months between the dates. */
    public record AgencyReferrals(String agencyCode, long requested, long accepted, long declined, long withdrawn,
            long completed, long answeredInTime, long responseSeconds) {
    }

    @SuppressWarnings("unchecked")
    public List<AgencyReferrals> referrals(LocalDate fromMonth, LocalDate toMonth, String province) {
        Query query = entityManager.createNativeQuery("""
                SELECT agency_code, sum(requested), sum(accepted), sum(declined), sum(withdrawn), sum(completed),
                       sum(answered_in_time), sum(response_seconds)
                  FROM referral_stat
                 WHERE month BETWEEN :from AND :to""" + (province == null ? "" : " AND province_code = :province")
                + " GROUP BY agency_code ORDER BY agency_code")
                .setParameter("from", fromMonth).setParameter("to", toMonth);
        if (province != null) {
            query.setParameter("province", province);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new AgencyReferrals((String) r[0],
                n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]))).toList();
    }

    /** How many cases closed in the months took each whole number of days from receipt. */
    @SuppressWarnings("unchecked")
    public List<long[]> closureDays(LocalDate fromMonth, LocalDate toMonth, String province) {
        Query query = entityManager.createNativeQuery("""
                SELECT days, sum(n) FROM closure_time_stat
                 WHERE month BETWEEN :from AND :to""" + (province == null ? "" : " AND province_code = :province")
                + " GROUP BY days HAVING sum(n) > 0 ORDER BY days")
                .setParameter("from", fromMonth).setParameter("to", toMonth);
        if (province != null) {
            query.setParameter("province", province);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new long[] {n(r[0]), n(r[1])}).toList();
    }

    /** Cases received in each commune by their outcome now (OPEN, CLOSED, ...), all time. */
    @SuppressWarnings("unchecked")
    public List<Object[]> caseload(String province, String commune) {
        StringBuilder sql = new StringBuilder("""
                SELECT commune_code, key, sum(n) FROM stat_commune_month
                 WHERE subject = 'CASE' AND dimension = 'OUTCOME'""");
        if (province != null) {
            sql.append(" AND province_code = :province");
        }
        if (commune != null) {
            sql.append(" AND commune_code = :commune");
        }
        sql.append(" GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2");
        Query query = entityManager.createNativeQuery(sql.toString());
        if (province != null) {
            query.setParameter("province", province);
        }
        if (commune != null) {
            query.setParameter("commune", commune);
        }
        return query.getResultList();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof java.sql.Timestamp t
                ? t.toLocalDateTime().toLocalDate() : (LocalDate) value;
    }
}
