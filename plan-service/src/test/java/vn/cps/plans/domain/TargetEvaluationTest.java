package vn.cps.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetEvaluationTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static TargetStatus status(TargetDirection direction, String target, String baseline, double share,
            String... values) {
        return TargetEvaluation.of(direction, d(target), baseline == null ? null : d(baseline),
                java.util.Arrays.stream(values).map(BigDecimal::new).toList(), share).status();
    }

    @Test
    void atLeastIsOnTrackAboveTheLineAndMetWhenReached() {
        // 40 -> 80 over the period: halfway the line stands at 60
        assertThat(status(TargetDirection.AT_LEAST, "80", "40", 0.5, "65")).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(TargetDirection.AT_LEAST, "80", "40", 0.5, "50")).isEqualTo(TargetStatus.AT_RISK);
        assertThat(status(TargetDirection.AT_LEAST, "80", "40", 1.0, "80")).isEqualTo(TargetStatus.MET);
        assertThat(status(TargetDirection.AT_LEAST, "80", "40", 1.0, "79.9")).isEqualTo(TargetStatus.MISSED);
        assertThat(status(TargetDirection.AT_LEAST, "80", null, 0.5, "79")).as("no baseline: the target itself")
                .isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void atMostIsOnTrackBelowTheLineAndMissedAbove() {
        // 6 -> 4.5: halfway the line stands at 5.25
        assertThat(status(TargetDirection.AT_MOST, "4.5", "6", 0.5, "5")).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(TargetDirection.AT_MOST, "4.5", "6", 0.5, "5.5")).isEqualTo(TargetStatus.AT_RISK);
        assertThat(status(TargetDirection.AT_MOST, "4.5", "6", 1.0, "4.4")).isEqualTo(TargetStatus.MET);
        assertThat(status(TargetDirection.AT_MOST, "4.5", "6", 1.0, "4.6")).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void aReductionIsReadFromItsBaseline() {
        TargetEvaluation e = TargetEvaluation.of(TargetDirection.REDUCE_BY_PERCENT, d("20"), d("100"),
                List.of(d("85")), 0.5);
        assertThat(e.goal()).isEqualByComparingTo("80");
        assertThat(e.expected()).isEqualByComparingTo("90");
        assertThat(e.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(TargetDirection.REDUCE_BY_PERCENT, "20", "100", 1.0, "81")).isEqualTo(TargetStatus.MISSED);
        assertThat(status(TargetDirection.REDUCE_BY_PERCENT, "20", "100", 1.0, "80")).isEqualTo(TargetStatus.MET);
    }

    @Test
    void missingDataIsNoData() {
        assertThat(status(TargetDirection.AT_LEAST, "80", "40", 0.5)).isEqualTo(TargetStatus.NO_DATA);
        assertThat(status(TargetDirection.REDUCE_BY_PERCENT, "20", null, 0.5, "50")).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void theTrendFollowsTheLastTwoValues() {
        assertThat(TargetEvaluation.of(TargetDirection.AT_LEAST, d("80"), d("40"), List.of(d("50"), d("60")), 0.5).trend())
                .isEqualTo(Trend.UP);
        assertThat(TargetEvaluation.of(TargetDirection.AT_LEAST, d("80"), d("40"), List.of(d("60"), d("50")), 0.5).trend())
                .isEqualTo(Trend.DOWN);
        assertThat(TargetEvaluation.of(TargetDirection.AT_LEAST, d("80"), d("40"), List.of(d("60")), 0.5).trend())
                .isEqualTo(Trend.UNKNOWN);
    }

    @Test
    void aTargetLiesInsideItsPlanAndCountsItsPeriodInDays() {
        Plan plan = Plan.draft("1297/KH-UBND", "Kế hoạch công tác trẻ em năm 2023", "UBND tỉnh Quảng Nam", "51", 2023,
                2023, null, null, null, List.of("STATE_BUDGET"), "pm", Instant.now());
        Target t = Target.of(plan, "NPA-06", null, "51", 2023, 2023, TargetDirection.AT_LEAST, d("100"), "percent",
                null, null);
        assertThat(t.elapsedShare(LocalDate.parse("2022-12-31"))).isZero();
        assertThat(t.elapsedShare(LocalDate.parse("2023-07-02"))).isBetween(0.49, 0.51);
        assertThat(t.elapsedShare(LocalDate.parse("2024-01-01"))).isEqualTo(1.0);
        assertThatThrownBy(() -> Target.of(plan, "NPA-06", null, "51", 2023, 2024, TargetDirection.AT_LEAST, d("100"),
                "percent", null, null)).isInstanceOf(PlanRuleViolation.class);
        assertThatThrownBy(() -> Target.of(plan, "NPA-07", null, "51", 2023, 2023, TargetDirection.REDUCE_BY_PERCENT,
                d("10"), "percent", null, null)).isInstanceOfSatisfying(PlanRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("baseline"));
    }
}
