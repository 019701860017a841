package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.Period;
import vn.cps.platform.sealing.SealedColumn;
import vn.cps.platform.text.VietnameseText;

/** The child a report is about, as the caller described them. Personal data: never in events or logs. */
@Embeddable
public class ChildDetails {

    /** A child is a person under 16 (Law on Children 2016, Art. 1). */
    public static final int CHILD_AGE_LIMIT = 16;

    @Column(name = "child_name", nullable = false)
    private String fullName;

    @Column(name = "child_name_folded", nullable = false)
    private String foldedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_sex", nullable = false)
    private Sex sex;

    @Column(name = "child_birth_date")
    private LocalDate birthDate;

    @Column(name = "child_estimated_age")
    private Integer estimatedAge;

    /** Personal identification number (số định danh cá nhân), when the caller knows it; sealed at rest. */
    @Column(name = "child_personal_id")
    @Convert(converter = SealedColumn.class)
    private String personalId;

    /** Keyed hash of the personal ID, to find the same child without opening any sealed value. */
    @Column(name = "child_personal_id_hash", length = 64)
    private String personalIdHash;

    /** Known or estimated year of birth, for duplicate detection. */
    @Column(name = "child_birth_year")
    private Integer birthYear;

    protected ChildDetails() {
    }

    /**
     * @throws CaseRuleViolation when neither a birth date nor an estimated age is given, or the
     *                           person is not a child at the date of the report
     */
    public static ChildDetails of(String fullName, Sex sex, LocalDate birthDate, Integer estimatedAge, LocalDate reportedOn) {
        return of(fullName, sex, birthDate, estimatedAge, null, null, reportedOn);
    }

    /** With the personal ID and its lookup hash, which the caller computes (the key is not the domain's). */
    public static ChildDetails of(String fullName, Sex sex, LocalDate birthDate, Integer estimatedAge, String personalId,
            String personalIdHash, LocalDate reportedOn) {
        if ((personalId == null) != (personalIdHash == null)) {
            throw new IllegalArgumentException("a personal ID goes with its lookup hash");
        }
        if (birthDate == null && estimatedAge == null) {
            throw new CaseRuleViolation("child.birthDate", "give the birth date or an estimated age");
        }
        if (birthDate != null && birthDate.isAfter(reportedOn)) {
            throw new CaseRuleViolation("child.birthDate", "must not be after the date of the report");
        }
        ChildDetails child = new ChildDetails();
        child.fullName = VietnameseText.nfc(fullName);
        child.foldedName = VietnameseText.fold(fullName);
        child.sex = sex;
        child.birthDate = birthDate;
        child.estimatedAge = estimatedAge;
        child.personalId = personalId;
        child.personalIdHash = personalIdHash;
        child.birthYear = birthDate != null ? birthDate.getYear() : reportedOn.getYear() - estimatedAge;
        int age = child.ageOn(reportedOn);
        if (age >= CHILD_AGE_LIMIT) {
            throw new CaseRuleViolation(birthDate != null ? "child.birthDate" : "child.estimatedAge",
                    "a child is a person under " + CHILD_AGE_LIMIT + " (Law on Children 2016, Art. 1)");
        }
        return child;
    }

    public int ageOn(LocalDate date) {
        return birthDate != null ? Period.between(birthDate, date).getYears() : estimatedAge;
    }

    /** Coarse age band, the only age that leaves case-service. */
    public String ageBandOn(LocalDate date) {
        int age = ageOn(date);
        if (age <= 5) {
            return "0-5";
        }
        return age <= 10 ? "6-10" : "11-15";
    }

    public String fullName() {
        return fullName;
    }

    public String foldedName() {
        return foldedName;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Integer estimatedAge() {
        return estimatedAge;
    }

    public String personalId() {
        return personalId;
    }

    public String personalIdHash() {
        return personalIdHash;
    }

    public Integer birthYear() {
        return birthYear;
    }
}
