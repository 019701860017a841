package vn.cps.cases.domain;

/** The human reference of a case: province code, year of receipt, sequence, e.g. {@code 48-2026-000123}. */
public record CaseReference(String value) {

    public static CaseReference of(String provinceCode, int year, long sequence) {
        if (sequence > 999_999) {
            throw new IllegalStateException("Case sequence of province " + provinceCode + " in " + year + " is exhausted");
        }
        return new CaseReference(String.format("%s-%04d-%06d", provinceCode, year, sequence));
    }
}
