package vn.cps.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Cases, assessments and plans as the domain tests make them, at one fixed instant. */
final class CaseFixtures {

    static final Instant NOW = Instant.parse("2026-03-09T03:00:00Z");

    private CaseFixtures() {
    }

    /** A hotline report of a beaten boy in commune 20194, opened as a case with the legal deadlines. */
    static ChildCase newCase() {
        ChildDetails child = ChildDetails.of("Nguyễn Văn An", Sex.MALE, null, 8, LocalDate.parse("2026-03-09"));
        Intake intake = Intake.record(IntakeCategory.REPORT_OF_HARM, Channel.HOTLINE_111, NOW,
                CallerRelationship.NEIGHBOUR, null, List.of(child), new Location("48", "20194"), Set.of(HarmType.VIOLENCE),
                "summary", "op", NOW);
        return ChildCase.openFrom(intake, intake.children().get(0), UUID.randomUUID(), CaseReference.of("48", 2026, 1),
                Duration.ofHours(12),
                NOW.plus(Duration.ofDays(7)), NOW);
    }

    static InitialAssessment assessment(UUID caseId, boolean emergency) {
        return new InitialAssessment(caseId, new RiskFactors(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW,
                RiskLevel.MEDIUM), emergency, Set.of(), null, "cw", NOW);
    }

    static SupportPlan plan(UUID caseId, int cycle) {
        return SupportPlan.submit(caseId, cycle, "goals",
                List.of(new SupportPlan.ActionDraft("medical examination", "HEALTH-48", "Dr. B", LocalDate.parse("2026-03-20"))),
                "cw", NOW);
    }
}
