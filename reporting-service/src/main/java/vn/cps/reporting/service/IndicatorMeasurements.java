package vn.cps.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.cps.events.EventTypes;
import vn.cps.events.reporting.IndicatorMeasuredV1;
import vn.cps.platform.outbox.Outbox;
import vn.cps.reporting.persistence.StatisticsQueries;

/**
 * Computes the indicators that case data can measure, per year and jurisdiction, and publishes
 * {@code vn.cps.reporting.indicator-measured.v1} for plan-service when a value changed. Today:
 * II-0101, the number of abused children (Circular 13/2021, set II), per province and for the country.
 * Indicators needing population figures or the 14 groups of children are not measurable from cases.
 */
@ApplicationScoped
public class IndicatorMeasurements {

    /** 0101 of set II (abuse of children) of Circular 13/2021: the catalogue keys it by set and code. */
    public static final String ABUSED_CHILDREN = "II-0101";

    private static final Logger LOG = Logger.getLogger(IndicatorMeasurements.class);

    private final StatisticsQueries queries;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    IndicatorMeasurements(StatisticsQueries queries, EntityManager entityManager, Outbox outbox) {
        this.queries = queries;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Scheduled(every = "${cps.reporting.indicators.interval:5m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            int published = QuarkusTransaction.requiringNew().call(this::measureAndPublish);
            if (published > 0) {
                LOG.infof("Published %d indicator values", published);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Measuring indicators failed, will retry: %s", e.getMessage());
        }
    }

    /** @return how many values changed and were published */
    int measureAndPublish() {
        // one replica at a time; the others skip this round
        Object locked = entityManager.createNativeQuery(
                "SELECT pg_try_advisory_xact_lock(hashtext('cps.reporting.indicator-measurement'))").getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        Map<String, Long> values = new HashMap<>();
        for (Object[] row : queries.abusedPerProvinceAndYear()) {
            String province = row[0].toString().trim();
            int year = ((Number) row[1]).intValue();
            long n = ((Number) row[2]).longValue();
            values.merge(province + "/" + year, n, Long::sum);
            values.merge("VN/" + year, n, Long::sum);
        }
        Instant now = clock.instant();
        int published = 0;
        for (Map.Entry<String, Long> value : values.entrySet()) {
            String[] key = value.getKey().split("/");
            if (publishIfChanged(ABUSED_CHILDREN, key[0], Integer.parseInt(key[1]), BigDecimal.valueOf(value.getValue()),
                    now)) {
                published++;
            }
        }
        return published;
    }

    private boolean publishIfChanged(String indicator, String jurisdiction, int year, BigDecimal value, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> previous = entityManager.createNativeQuery("""
                SELECT published_value FROM indicator_measurement
                 WHERE indicator_code = :code AND jurisdiction = :j AND year = :year""")
                .setParameter("code", indicator).setParameter("j", jurisdiction).setParameter("year", year)
                .getResultList();
        if (!previous.isEmpty() && previous.get(0) != null
                && ((BigDecimal) previous.get(0)).compareTo(value) == 0) {
            return false;
        }
        entityManager.createNativeQuery("""
                INSERT INTO indicator_measurement (indicator_code, jurisdiction, year, value, published_value, measured_at)
                VALUES (:code, :j, :year, :value, :value, :at)
                ON CONFLICT (indicator_code, jurisdiction, year)
                DO UPDATE SET value = EXCLUDED.value, published_value = EXCLUDED.value, measured_at = EXCLUDED.measured_at""")
                .setParameter("code", indicator).setParameter("j", jurisdiction).setParameter("year", year)
                .setParameter("value", value).setParameter("at", java.sql.Timestamp.from(now)).executeUpdate();
        outbox.append("indicator", indicator + "/" + jurisdiction, EventTypes.REPORTING_INDICATOR_MEASURED_V1,
                new IndicatorMeasuredV1(indicator, jurisdiction, year, value, now));
        return true;
    }
}
