package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the child is: province and commune codes after the 2025 reform (Decision 19/2025). */
@Embeddable
public class Location {

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    private String communeCode;

    protected Location() {
    }

    public Location(String provinceCode, String communeCode) {
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String communeCode() {
        return communeCode;
    }
}
