package vn.cps.cases.service;

import java.time.Instant;
import java.time.LocalDate;
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
        String childName,
        Sex childSex,
        LocalDate childBirthDate,
        Integer childEstimatedAge,
        String childPersonalId,
        String provinceCode,
        String communeCode,
        Set<HarmType> harmTypes,
        String summary) {
}
