package vn.cps.cases.domain;

/** Input that is well formed but breaks a rule of the law or the process. */
public class CaseRuleViolation extends RuntimeException {

    private final String field;

    public CaseRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
