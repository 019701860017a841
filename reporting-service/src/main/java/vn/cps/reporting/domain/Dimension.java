package vn.cps.reporting.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What counts can be grouped by. Place dimensions (province, commune) come from where a case was
 * received; the others are keys in the cubes. {@code ALL} counts each case or intake once.
 */
public enum Dimension {
    PROVINCE("province"),
    COMMUNE("commune"),
    ALL("total"),
    CHANNEL("channel"),
    CATEGORY("category"),
    HARM_TYPE("harmType"),
    CHILD_GROUP("childGroup"),
    SEX("sex"),
    AGE_BAND("ageBand"),
    OUTCOME("outcome"),
    EMERGENCY("emergency"),
    PLAN("plan"),
    PLAN_C6("planCriterion6"),
    ABUSE("abuse");

    /** The groupings a statistics query of cases may ask for. */
    public static final Set<Dimension> CASE_GROUPINGS = Set.of(PROVINCE, COMMUNE, CHANNEL, HARM_TYPE,
            CHILD_GROUP, SEX, AGE_BAND, OUTCOME);

    /** The groupings a statistics query of intakes may ask for. */
    public static final Set<Dimension> INTAKE_GROUPINGS = Set.of(PROVINCE, COMMUNE, CHANNEL, CATEGORY);

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** Whether this is a place rather than a key stored in the cubes. */
    public boolean place() {
        return this == PROVINCE || this == COMMUNE;
    }

    public static Optional<Dimension> fromParameter(String value) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(value)).findFirst();
    }
}
