package vn.cps.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** {@code cps.reporting.*} */
@ConfigMapping(prefix = "cps.reporting")
public interface ReportingConfig {

    /** Dates of receipt are counted in this zone. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId legalZone();

    /** The longest period one statistics query may span, in days. */
    @WithDefault("3660")
    int maxPeriodDays();

    /** Figures from 1 to this minus one are suppressed in exports and for roles without case access. */
    @WithDefault("5")
    int suppressionThreshold();

    Indicators indicators();

    interface Indicators {
        /** How often the indicators measurable from cases are recomputed (and published when changed). */
        @WithDefault("5m")
        java.time.Duration interval();
    }
}
