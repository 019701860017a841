package vn.cps.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.security.Roles;
import vn.cps.reporting.domain.Cell;
import vn.cps.reporting.domain.Dimension;
import vn.cps.reporting.domain.Period;
import vn.cps.reporting.service.Statistics;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Aggregates built from events; never case details")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.CASE_SUPERVISOR})
public class StatisticsResource {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "must be a date YYYY-MM-DD";
    static final String PERIODS = "day|month|quarter|half-year|year";

    private final Statistics statistics;

    StatisticsResource(Statistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("cases")
    @Operation(operationId = "caseStatistics",
            summary = "Cases received in a period, by place, channel, harm type, group of children, sex, age band or outcome",
            description = "Dates are dates of receipt in Vietnam, both inclusive; period cuts the range (day, month, "
                    + "quarter, half-year, year). Commune figures (groupBy=commune, a commune filter or a commune "
                    + "caller) are kept by month. Counts from 1 to threshold-1 are suppressed for analysts.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "Missing or malformed parameter, unknown grouping or period")
    @APIResponse(responseCode = "422", description = "to before from, too long, outside your jurisdiction")
    public TableView cases(@BeanParam @Valid StatisticsParams params) {
        return TableView.of(statistics.counts(Statistics.CASES, params.query(), statistics.suppressesForCaller()));
    }

    @GET
    @Path("intakes")
    @Operation(operationId = "intakeStatistics",
            summary = "Calls and reports received in a period, by place, channel or category",
            description = "Counselling and information calls count here too; intakes that named no place count "
                    + "under province --.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "Missing or malformed parameter, a grouping intakes do not have")
    @APIResponse(responseCode = "422", description = "to before from, too long, outside your jurisdiction")
    public TableView intakes(@BeanParam @Valid StatisticsParams params) {
        return TableView.of(statistics.counts(Statistics.INTAKES, params.query(), statistics.suppressesForCaller()));
    }

    /** One legal deadline in one period: cases MET, MISSED, PENDING, NOT_APPLICABLE and the share met. */
    public record ComplianceView(String deadline, String period, Map<String, TableView.Row> counts, Double metPercent) {
    }

    @GET
    @Path("deadlines")
    @Operation(operationId = "deadlineStatistics",
            summary = "Deadline compliance of cases received in the period",
            description = "EMERGENCY: measures within 12 hours; PLAN: plans approved within 5 working days; PLAN_C6: "
                    + "the same for sexual abuse, abandonment and trafficking (criterion 6 of the child-friendly "
                    + "commune). metPercent = MET / (MET + MISSED).")
    @APIResponse(responseCode = "200", description = "Compliance per deadline and period")
    public List<ComplianceView> deadlines(
            @QueryParam("from") @NotNull @Pattern(regexp = DATE, message = DATE_MESSAGE) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = DATE, message = DATE_MESSAGE) String to,
            @QueryParam("period") @Pattern(regexp = PERIODS, message = "must be one of " + PERIODS) String period,
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province) {
        return statistics.deadlines(query(from, to, "province", period, province, null), statistics.suppressesForCaller())
                .stream().map(c -> new ComplianceView(c.deadline(), c.period(), rows(c.counts()), c.metPercent()))
                .toList();
    }

    /** Referrals to one agency; {@code answeredInTimePercent}: of the answers, those by the response deadline. */
    public record ReferralView(String agencyCode, Long requested, Long accepted, Long declined, Long withdrawn,
            Long completed, Double acceptancePercent, Double averageResponseHours, Double answeredInTimePercent) {
    }

    @GET
    @Path("referrals")
    @Operation(operationId = "referralStatistics",
            summary = "Referrals by agency: requested, answered, completed, acceptance rate, response time, answers in time",
            description = "Counted by the month of the request: from and to select whole months.")
    @APIResponse(responseCode = "200", description = "One row per agency")
    public List<ReferralView> referrals(
            @QueryParam("from") @NotNull @Pattern(regexp = DATE, message = DATE_MESSAGE) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = DATE, message = DATE_MESSAGE) String to,
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province) {
        return statistics.referrals(date("from", from), date("to", to), province, statistics.suppressesForCaller())
                .stream().map(r -> new ReferralView(r.agencyCode(), r.requested().published(), r.accepted().published(),
                        r.declined().published(), r.withdrawn().published(), r.completed().published(),
                        r.acceptancePercent(), r.averageResponseHours(), r.answeredInTimePercent()))
                .toList();
    }

    /** The cases of one commune: open now, and closed. */
    public record CaseloadView(String communeCode, String communeName, Long open, Long closed) {
    }

    @GET
    @Path("caseload")
    @Operation(operationId = "caseloadStatistics",
            summary = "Caseload per commune: open against closed cases, as received there")
    @APIResponse(responseCode = "200", description = "One row per commune")
    public List<CaseloadView> caseload(@QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province) {
        return statistics.caseload(province, statistics.suppressesForCaller()).stream()
                .map(c -> new CaseloadView(c.communeCode(), AdministrativeUnits.fullName(c.communeCode()), c.open().published(), c.closed().published())).toList();
    }

    /** Percentiles of the days from receipt to closure. */
    public record ClosureTimesView(String period, Long closed, Integer p50Days, Integer p90Days, Integer p95Days) {
    }

    @GET
    @Path("closure-times")
    @Operation(operationId = "closureTimeStatistics",
            summary = "Days from receipt to closure (p50, p90, p95) of the cases closed in the months of the period")
    @APIResponse(responseCode = "200", description = "The percentiles")
    public ClosureTimesView closureTimes(
            @QueryParam("from") @NotNull @Pattern(regexp = DATE, message = DATE_MESSAGE) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = DATE, message = DATE_MESSAGE) String to,
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province) {
        Statistics.ClosureTimes t = statistics.closureTimes(date("from", from), date("to", to), province,
                statistics.suppressesForCaller());
        return new ClosureTimesView(t.period(), t.closed().published(), t.p50Days(), t.p90Days(), t.p95Days());
    }

    private static Map<String, TableView.Row> rows(Map<String, Cell> cells) {
        Map<String, TableView.Row> rows = new java.util.LinkedHashMap<>();
        cells.forEach((k, c) -> rows.put(k, TableView.row(c, null)));
        return rows;
    }

    static Statistics.Query query(String from, String to, String groupBy, String period, String province,
            String commune) {
        return new Statistics.Query(date("from", from), date("to", to), Dimension.fromParameter(groupBy).orElseThrow(),
                period == null ? null : Period.fromParameter(period).orElseThrow(), province, commune);
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.unprocessable(field, "is not a calendar date");
        }
    }
}
