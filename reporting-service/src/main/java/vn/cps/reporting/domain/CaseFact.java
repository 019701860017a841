package vn.cps.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What statistics know of one case: codes and coarse attributes from its events, never personal
 * data. {@code receivedOn} is the date of receipt in Vietnam's legal time zone; the three outcomes
 * move as later events arrive.
 */
public record CaseFact(UUID caseId, String provinceCode, String communeCode, String channel, String sex,
        String ageBand, List<String> harmTypes, LocalDate receivedOn, Instant receivedAt, String status,
        String emergency, String plan, boolean criterion6, Instant closedAt) {

    /** Forms of abuse of Art. 4 of the Law on Children: a case with one of them counts an abused child (0101). */
    public static final Set<String> ABUSE = Set.of("VIOLENCE", "SEXUAL_ABUSE", "EXPLOITATION", "TRAFFICKING",
            "ABANDONMENT", "NEGLECT");

    /** Criterion 6 of the child-friendly commune: these cases must get an approved plan on time. */
    public static final Set<String> CRITERION_6 = Set.of("SEXUAL_ABUSE", "ABANDONMENT", "TRAFFICKING");

    public static CaseFact opened(UUID caseId, String provinceCode, String communeCode, String channel, String sex,
            String ageBand, List<String> harmTypes, LocalDate receivedOn, Instant receivedAt) {
        return new CaseFact(caseId, provinceCode, communeCode, channel, sex, ageBand, List.copyOf(harmTypes),
                receivedOn, receivedAt, "OPEN", "PENDING", "PENDING",
                harmTypes.stream().anyMatch(CRITERION_6::contains), null);
    }

    /** Whether the case counts an abused child: a form of abuse, and neither merged nor found unsubstantiated. */
    public boolean abused() {
        return harmTypes.stream().anyMatch(ABUSE::contains) && !status.equals("MERGED")
                && !status.equals("NOT_SUBSTANTIATED");
    }
}
