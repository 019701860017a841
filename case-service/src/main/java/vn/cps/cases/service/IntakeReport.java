package vn.cps.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.cps.cases.domain.CallerRelationship;
import vn.cps.cases.domain.Channel;
import vn.cps.cases.domain.HarmType;
import vn.cps.cases.domain.IntakeCategory;
import vn.cps.cases.domain.Sex;

/** What a receiving point records about a call or report, of any category; a report of harm opens a case. */
public record IntakeReport(
        IntakeCategory category,
        Channel channel,
        Instant receivedAt,
        CallerRelationship callerRelationship,
        String reporterName,
        String reporterPhone,
        String reporterAddress,
        List<Child> children,
        String provinceCode,
        String communeCode,
        Set<HarmType> harmTypes,
        String summary) {

    /** A child the report names; the birth date or an estimated age is needed. */
    public record Child(String fullName, Sex sex, LocalDate birthDate, Integer estimatedAge, String personalId) {
    }
}
