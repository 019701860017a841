package vn.cps.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.cps.cases.domain.CallerRelationship;
import vn.cps.cases.domain.Channel;
import vn.cps.cases.domain.HarmType;
import vn.cps.cases.domain.Sex;

/** What a receiving point records about a report of harm or risk to a child. */
public record ReportOfHarm(
        Channel channel,
        Instant receivedAt,
        CallerRelationship callerRelationship,
        String childName,
        Sex childSex,
        LocalDate childBirthDate,
        Integer childEstimatedAge,
        String provinceCode,
        String communeCode,
        Set<HarmType> harmTypes,
        String summary) {
}
