package vn.cps.plans.domain;

/** Input that is well formed but breaks a rule of planning. */
public class PlanRuleViolation extends RuntimeException {

    private final String field;

    public PlanRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
