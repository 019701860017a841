package vn.cps.plans.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A target read against its values: the actual (the latest value), the trend, and the status.
 * During the period the expected value lies on the straight line from the baseline to the target
 * at the elapsed share of the period; after it the target is met or missed.
 *
 * @param actual   the latest recorded value, or null
 * @param expected the value the target expects by now, or null without a baseline
 */
public record TargetEvaluation(BigDecimal actual, BigDecimal goal, BigDecimal expected, Trend trend,
        TargetStatus status) {

    /**
     * @param values         recorded values, oldest first
     * @param elapsedShare   how much of the target's period has passed, 0 to 1 (1 = ended)
     */
    public static TargetEvaluation of(TargetDirection direction, BigDecimal targetValue, BigDecimal baseline,
            List<BigDecimal> values, double elapsedShare) {
        BigDecimal goal = goal(direction, targetValue, baseline);
        boolean lowerIsBetter = direction != TargetDirection.AT_LEAST;
        if (values.isEmpty() || goal == null) {
            return new TargetEvaluation(null, goal, null, Trend.UNKNOWN, TargetStatus.NO_DATA);
        }
        BigDecimal actual = values.get(values.size() - 1);
        Trend trend = trend(values);
        double share = Math.max(0, Math.min(1, elapsedShare));
        if (share >= 1) {
            return new TargetEvaluation(actual, goal, goal, trend,
                    reaches(actual, goal, lowerIsBetter) ? TargetStatus.MET : TargetStatus.MISSED);
        }
        BigDecimal expected = baseline == null ? goal
                : baseline.add(goal.subtract(baseline).multiply(BigDecimal.valueOf(share)), MathContext.DECIMAL64);
        return new TargetEvaluation(actual, goal, expected, trend,
                reaches(actual, expected, lowerIsBetter) ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK);
    }

    /** The value the target asks for; a reduction needs a baseline. */
    static BigDecimal goal(TargetDirection direction, BigDecimal targetValue, BigDecimal baseline) {
        if (direction != TargetDirection.REDUCE_BY_PERCENT) {
            return targetValue;
        }
        if (baseline == null) {
            return null;
        }
        return baseline.multiply(BigDecimal.ONE.subtract(targetValue.movePointLeft(2)), MathContext.DECIMAL64);
    }

    private static boolean reaches(BigDecimal actual, BigDecimal bound, boolean lowerIsBetter) {
        int c = actual.compareTo(bound);
        return lowerIsBetter ? c <= 0 : c >= 0;
    }

    private static Trend trend(List<BigDecimal> values) {
        if (values.size() < 2) {
            return Trend.UNKNOWN;
        }
        int c = values.get(values.size() - 1).compareTo(values.get(values.size() - 2));
        return c > 0 ? Trend.UP : c < 0 ? Trend.DOWN : Trend.FLAT;
    }
}
