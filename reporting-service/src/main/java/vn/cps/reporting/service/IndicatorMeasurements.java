package vn.cps.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cps.events.EventTypes;
import vn.cps.events.reporting.IndicatorMeasuredV1;
import vn.cps.platform.outbox.Outbox;
import vn.cps.reporting.config.ReportingConfig;
import vn.cps.reporting.persistence.MeasuredIndicatorStore;

/**
 * Computes the indicators that case data can measure (II-0101, NPA-06 and CASE-01..CASE-10, defined
 * in docs/indicators.md) per commune, province and nation, half-year and year, and publishes
 * {@code vn.cps.reporting.indicator-measured.v1} for plan-service when a value changed, in the same
 * transaction that keeps it. Shares over a figure no event carries (the child population) are left
 * to plan-service, which holds that figure as a reported value.
 */
@ApplicationScoped
public class IndicatorMeasurements {

    /** 0101 of set II (abuse of children) of Circular 13/2021: the catalogue keys it by set and code. */
    public static final String ABUSED_CHILDREN = "II-0101";

    private static final Logger LOG = Logger.getLogger(IndicatorMeasurements.class);

    private final MeasuredIndicatorStore store;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ReportingConfig config;
    private final Clock clock = Clock.systemUTC();

    IndicatorMeasurements(MeasuredIndicatorStore store, EntityManager entityManager, Outbox outbox,
            ReportingConfig config) {
        this.store = store;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
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
        Instant now = clock.instant();
        List<MeasuredIndicatorStore.Measurement> changed = store.measureChanged(now, config.legalZone());
        for (MeasuredIndicatorStore.Measurement m : changed) {
            outbox.append("indicator", m.indicatorCode() + "/" + m.jurisdiction(),
                    EventTypes.REPORTING_INDICATOR_MEASURED_V1, new IndicatorMeasuredV1(m.indicatorCode(),
                            m.jurisdiction(), m.year(), m.period(), m.value(), m.numerator(), m.denominator(), now));
        }
        return changed.size();
    }
}
