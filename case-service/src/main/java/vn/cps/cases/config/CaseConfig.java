package vn.cps.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Case rules that come from the law; kept in configuration, not buried in code ({@code cps.case.*}). */
@ConfigMapping(prefix = "cps.case")
public interface CaseConfig {

    /** Emergency measures are due this long after the report is received (Decree 56/2017: 12 hours). */
    @WithDefault("PT12H")
    Duration emergencyWindow();

    /** The support plan is due this many working days after receipt (Decree 56/2017: 5). */
    @WithDefault("5")
    int planWorkingDays();

    /** A deadline with less than this left is DUE_SOON (reminders go out then). */
    @WithDefault("PT2H")
    Duration emergencyWarning();

    /** About one working day before the plan deadline. */
    @WithDefault("PT24H")
    Duration planWarning();

    /** The legal time zone for dates and deadlines. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId legalZone();
}
