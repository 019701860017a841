package vn.cps.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What statistics know of one case: codes and coarse attributes from its events, never personal
 * data. {@code receivedOn} is the date of receipt in Vietnam's legal time zone.
 */
public record CaseFact(UUID caseId, String provinceCode, String communeCode, String channel, String sex,
        String ageBand, List<String> harmTypes, LocalDate receivedOn) {
}
