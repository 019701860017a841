package vn.cps.reporting.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import vn.cps.reporting.service.Statistics;

/**
 * The query parameters of a counts query, shared by the statistics and the exports of cases and
 * intakes; which groupings a subject allows is checked by the service.
 */
public class StatisticsParams {

    @QueryParam("from")
    @NotNull
    @Pattern(regexp = StatisticsResource.DATE, message = StatisticsResource.DATE_MESSAGE)
    public String from;

    @QueryParam("to")
    @NotNull
    @Pattern(regexp = StatisticsResource.DATE, message = StatisticsResource.DATE_MESSAGE)
    public String to;

    @QueryParam("groupBy")
    @NotNull
    @Pattern(regexp = "province|commune|channel|category|harmType|childGroup|sex|ageBand|outcome",
            message = "must be one of province, commune, channel, category (intakes), harmType, childGroup, sex, "
                    + "ageBand, outcome (cases)")
    public String groupBy;

    @QueryParam("period")
    @Pattern(regexp = StatisticsResource.PERIODS, message = "must be one of " + StatisticsResource.PERIODS)
    public String period;

    /** Narrows the figures to a province inside your jurisdiction. */
    @QueryParam("province")
    @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code")
    public String province;

    /** Narrows the figures to a commune inside your jurisdiction (figures kept by month). */
    @QueryParam("commune")
    @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
    public String commune;

    Statistics.Query query() {
        return StatisticsResource.query(from, to, groupBy, period, province, commune);
    }
}
