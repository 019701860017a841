package vn.cps.cases.domain;

/**
 * Every step a caller can ask of a case that its state may refuse: the steps that change the
 * state ({@link CaseAction}) and those that only record something while the case is in a fitting
 * state. A refusal names the step asked for, so that the caller learns what was refused.
 */
public enum CaseStep {
    ASSESS("assess"),
    APPROVE_PLAN("approve a plan"),
    CLOSE("close"),
    DISMISS("dismiss"),
    REOPEN("reopen"),
    MERGE("merge into another case"),
    /** The specific assessment and case meeting (Mẫu 03). */
    RECORD_CASE_MEETING("record a case meeting"),
    /** Submitting a support/intervention plan for approval (Mẫu 04). */
    SUBMIT_PLAN("submit a plan"),
    RECORD_EMERGENCY_MEASURE("record an emergency measure");

    private final String label;

    CaseStep(String label) {
        this.label = label;
    }

    /** The step in words, as a refusal names it. */
    public String label() {
        return label;
    }

    public static CaseStep of(CaseAction action) {
        return valueOf(action.name());
    }
}
