package vn.cps.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cps.cases.domain.CaseFixtures.NOW;
import static vn.cps.cases.domain.CaseFixtures.assessment;
import static vn.cps.cases.domain.CaseFixtures.newCase;
import static vn.cps.cases.domain.CaseFixtures.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {

    /** The legal steps of Decree 56/2017, written out once more by hand. */
    private static final Map<CaseStatus, Set<CaseAction>> LEGAL = Map.of(
            CaseStatus.RECEIVED, EnumSet.of(CaseAction.ASSESS, CaseAction.DISMISS, CaseAction.MERGE),
            CaseStatus.ASSESSED, EnumSet.of(CaseAction.APPROVE_PLAN, CaseAction.DISMISS, CaseAction.MERGE),
            CaseStatus.IN_SUPPORT, EnumSet.of(CaseAction.APPROVE_PLAN, CaseAction.CLOSE),
            CaseStatus.CLOSED, EnumSet.of(CaseAction.REOPEN),
            CaseStatus.NOT_SUBSTANTIATED, EnumSet.of(CaseAction.REOPEN),
            CaseStatus.REOPENED, EnumSet.of(CaseAction.ASSESS),
            CaseStatus.MERGED, EnumSet.noneOf(CaseAction.class));

    @Test
    void everyStepIsAllowedExactlyFromItsLegalStates() {
        for (CaseStatus status : CaseStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                assertThat(action.allowedFrom(status)).as("%s from %s", action, status)
                        .isEqualTo(LEGAL.get(status).contains(action));
            }
            assertThat(CaseAction.allowedFromState(status)).containsExactlyInAnyOrderElementsOf(LEGAL.get(status));
        }
    }

    @Test
    void aCaseRunsFromReceiptToClosureAndCanBeReopened() {
        ChildCase c = newCase();
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        c.assess(assessment(c.id(), true), NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSED);
        assertThat(c.riskLevel()).isEqualTo(RiskLevel.HIGH);

        SupportPlan first = plan(c.id(), c.nextPlanCycle());
        c.approvePlan(first, null, "chair", null, NOW.plusSeconds(60));
        assertThat(c.status()).isEqualTo(CaseStatus.IN_SUPPORT);
        assertThat(first.status()).isEqualTo(PlanStatus.APPROVED);

        SupportPlan second = plan(c.id(), c.nextPlanCycle());
        assertThat(second.cycle()).isEqualTo(2);
        c.approvePlan(second, first, "chair", null, NOW.plusSeconds(120));
        assertThat(first.status()).isEqualTo(PlanStatus.SUPERSEDED);

        c.close(PlanGoalsOutcome.PARTLY_MET, NOW.plusSeconds(180));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.planGoalsOutcome()).isEqualTo(PlanGoalsOutcome.PARTLY_MET);
        assertThat(c.reopen(NOW.plusSeconds(240))).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(c.planGoalsOutcome()).as("a reopened case's closure review no longer stands").isNull();
        c.assess(assessment(c.id(), false), NOW.plusSeconds(300));
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSED);
    }

    @Test
    void anIllegalStepNamesTheStepsThatAreAllowed() {
        ChildCase c = newCase();
        assertThatThrownBy(() -> c.close(null, NOW)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.current()).isEqualTo(CaseStatus.RECEIVED);
            assertThat(e.allowed()).containsExactlyInAnyOrder(CaseAction.ASSESS, CaseAction.DISMISS, CaseAction.MERGE);
        });
        assertThatThrownBy(c::nextPlanCycle).isInstanceOf(IllegalTransition.class);
        c.dismiss(NOW);
        assertThatThrownBy(() -> c.recordEmergencyMeasure(EmergencyMeasure.decide(c.id(),
                EmergencyMeasureType.MEDICAL_CARE, NOW, null, null, "chair", WorkingZone.ZONE, NOW), NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThat(c.status()).isEqualTo(CaseStatus.NOT_SUBSTANTIATED);
    }

    @Test
    void aMergedCaseEndsAndItsDeadlinesNoLongerApply() {
        ChildCase earlier = newCase();
        ChildCase duplicate = newCase();
        duplicate.mergeInto(earlier, NOW);
        assertThat(duplicate.status()).isEqualTo(CaseStatus.MERGED);
        assertThat(duplicate.mergedInto()).isEqualTo(earlier.id());
        assertThat(duplicate.emergencyDeadlineAt(Duration.ofHours(2), NOW).status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(duplicate.planDeadlineAt(Duration.ofHours(24), NOW).status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThatThrownBy(() -> earlier.mergeInto(duplicate, NOW)).isInstanceOf(CaseRuleViolation.class);
        assertThatThrownBy(() -> earlier.mergeInto(earlier, NOW)).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void theEmergencyDeadlineIsMetByTheFirstMeasureAndLapsesWithout() {
        ChildCase c = newCase();
        Instant due = c.emergencyDeadline();
        assertThat(c.emergencyDeadlineAt(Duration.ofHours(2), NOW).status()).isEqualTo(DeadlineStatus.PENDING);
        assertThat(c.emergencyDeadlineAt(Duration.ofHours(2), due.minusSeconds(3600)).status())
                .isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(c.emergencyDeadlineAt(Duration.ofHours(2), due.plusSeconds(1)).status())
                .isEqualTo(DeadlineStatus.MISSED);

        c.recordEmergencyMeasure(EmergencyMeasure.decide(c.id(), EmergencyMeasureType.SAFE_PLACEMENT,
                NOW.plusSeconds(3600), null, null, "chair", WorkingZone.ZONE, NOW.plusSeconds(3600)), NOW);
        Deadline met = c.emergencyDeadlineAt(Duration.ofHours(2), due.plusSeconds(7200));
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.metAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void noEmergencyFoundMeansTheTwelveHourDeadlineDoesNotApply() {
        ChildCase c = newCase();
        c.assess(assessment(c.id(), false), NOW);
        assertThat(c.emergencyDeadlineAt(Duration.ofHours(2), NOW.plus(Duration.ofDays(1))).status())
                .isEqualTo(DeadlineStatus.NOT_APPLICABLE);
    }

    @Test
    void aSeparationLastsAtMostFifteenDays() {
        UUID caseId = UUID.randomUUID();
        LocalDate start = LocalDate.ofInstant(NOW, WorkingZone.ZONE);
        assertThat(EmergencyMeasure.decide(caseId, EmergencyMeasureType.TEMPORARY_SEPARATION, NOW, start.plusDays(15),
                null, "chair", WorkingZone.ZONE, NOW).separationUntil()).isEqualTo(start.plusDays(15));
        assertThatThrownBy(() -> EmergencyMeasure.decide(caseId, EmergencyMeasureType.TEMPORARY_SEPARATION, NOW,
                start.plusDays(16), null, "chair", WorkingZone.ZONE, NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("separationUntil"));
        assertThatThrownBy(() -> EmergencyMeasure.decide(caseId, EmergencyMeasureType.TEMPORARY_SEPARATION, NOW,
                null, null, "chair", WorkingZone.ZONE, NOW)).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void aSeparationIsExtendedByAtMostFifteenDaysBeforeItEnds() {
        LocalDate start = LocalDate.ofInstant(NOW, WorkingZone.ZONE);
        EmergencyMeasure separation = EmergencyMeasure.decide(UUID.randomUUID(), EmergencyMeasureType.TEMPORARY_SEPARATION,
                NOW, start.plusDays(15), null, "chair", WorkingZone.ZONE, NOW);
        assertThatThrownBy(() -> separation.extendSeparation(start.plusDays(31), start.plusDays(10)))
                .isInstanceOf(CaseRuleViolation.class);
        separation.extendSeparation(start.plusDays(30), start.plusDays(10));
        assertThat(separation.separationUntil()).isEqualTo(start.plusDays(30));
        assertThat(separation.extensions()).isEqualTo(1);
        assertThatThrownBy(() -> separation.extendSeparation(start.plusDays(40), start.plusDays(31)))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("until"));
        EmergencyMeasure care = EmergencyMeasure.decide(UUID.randomUUID(), EmergencyMeasureType.MEDICAL_CARE, NOW, null,
                null, "chair", WorkingZone.ZONE, NOW);
        assertThatThrownBy(() -> care.extendSeparation(start.plusDays(5), start)).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void onlyActionsOfTheApprovedPlanCanBeCompletedAndOnlyOnce() {
        ChildCase c = newCase();
        c.assess(assessment(c.id(), false), NOW);
        SupportPlan p = plan(c.id(), 1);
        PlanAction action = p.actions().get(0);
        assertThatThrownBy(() -> action.complete("cw", "done", NOW)).isInstanceOf(CaseRuleViolation.class);
        c.approvePlan(p, null, "chair", null, NOW);
        action.complete("cw", "examined", NOW);
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> action.complete("cw", "again", NOW)).isInstanceOf(CaseRuleViolation.class);
    }

    /** The legal zone of the tests. */
    private static final class WorkingZone {
        static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    }
}
