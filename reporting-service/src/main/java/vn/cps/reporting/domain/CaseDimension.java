package vn.cps.reporting.domain;

/** What case counts can be grouped by. */
public enum CaseDimension {
    PROVINCE("province"),
    HARM_TYPE("harmType"),
    SEX("sex");

    private final String parameter;

    CaseDimension(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static CaseDimension fromParameter(String value) {
        for (CaseDimension d : values()) {
            if (d.parameter.equals(value)) {
                return d;
            }
        }
        return null;
    }
}
