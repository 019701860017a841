package vn.cps.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cps.cases.domain.CaseFixtures.NOW;
import static vn.cps.cases.domain.CaseFixtures.newCase;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused step names itself and the steps allowed instead, whatever state refused it. */
class ChildCaseRefusalTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The allowed steps of each state, in words, as the refusal lists them. */
    private static String allowedFrom(CaseStatus status) {
        return switch (status) {
            case RECEIVED -> "assess, dismiss, merge into another case";
            case ASSESSED -> "approve a plan, dismiss, merge into another case";
            case IN_SUPPORT -> "approve a plan, close";
            case CLOSED, NOT_SUBSTANTIATED -> "reopen";
            case REOPENED -> "assess";
            case MERGED -> "none, the case has ended";
        };
    }

    private static InitialAssessment assessment(ChildCase c) {
        return CaseFixtures.assessment(c.id(), false);
    }

    private static SupportPlan plan(ChildCase c) {
        return CaseFixtures.plan(c.id(), 1);
    }

    /** A case brought through the process to the state. */
    static ChildCase inState(CaseStatus status) {
        ChildCase c = newCase();
        switch (status) {
            case RECEIVED -> { }
            case ASSESSED -> c.assess(assessment(c), NOW);
            case IN_SUPPORT -> {
                c.assess(assessment(c), NOW);
                c.approvePlan(plan(c), null, "chair", null, NOW);
            }
            case CLOSED -> {
                c.assess(assessment(c), NOW);
                c.approvePlan(plan(c), null, "chair", null, NOW);
                c.close(PlanGoalsOutcome.MET, NOW);
            }
            case NOT_SUBSTANTIATED -> c.dismiss(NOW);
            case REOPENED -> {
                c.dismiss(NOW);
                c.reopen(NOW);
            }
            case MERGED -> c.mergeInto(newCase(), NOW);
        }
        assertThat(c.status()).isEqualTo(status);
        return c;
    }

    /** How a test asks a case for each step. */
    private static Consumer<ChildCase> ask(CaseStep step) {
        return switch (step) {
            case ASSESS -> c -> c.assess(assessment(c), NOW);
            case APPROVE_PLAN -> c -> c.approvePlan(plan(c), null, "chair", null, NOW);
            case CLOSE -> c -> c.close(PlanGoalsOutcome.MET, NOW);
            case DISMISS -> c -> c.dismiss(NOW);
            case REOPEN -> c -> c.reopen(NOW);
            case MERGE -> c -> c.mergeInto(newCase(), NOW);
            case RECORD_CASE_MEETING -> c -> c.recordCaseMeeting(new CaseMeeting(c.id(), LocalDate.parse("2026-03-09"),
                    List.of("cw", "police"), new RiskFactors(RiskLevel.HIGH, RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW),
                    "kết luận", "cw", NOW, LocalDate.ofInstant(NOW, ZONE)), NOW);
            case SUBMIT_PLAN -> ChildCase::nextPlanCycle;
            case RECORD_EMERGENCY_MEASURE -> c -> c.recordEmergencyMeasure(EmergencyMeasure.decide(c.id(),
                    EmergencyMeasureType.MEDICAL_CARE, NOW, null, null, "chair", ZONE, NOW), NOW);
        };
    }

    /** The states that refuse each step outside CaseAction. */
    private static Set<CaseStatus> refusing(CaseStep step) {
        return switch (step) {
            case RECORD_CASE_MEETING, SUBMIT_PLAN -> EnumSet.complementOf(EnumSet.of(CaseStatus.ASSESSED, CaseStatus.IN_SUPPORT));
            case RECORD_EMERGENCY_MEASURE -> EnumSet.of(CaseStatus.CLOSED, CaseStatus.NOT_SUBSTANTIATED, CaseStatus.MERGED);
            default -> EnumSet.allOf(CaseStatus.class).stream().filter(s -> !CaseAction.valueOf(step.name()).allowedFrom(s))
                    .collect(() -> EnumSet.noneOf(CaseStatus.class), Set::add, Set::addAll);
        };
    }

    static Stream<Arguments> refusals() {
        List<Arguments> all = new ArrayList<>();
        for (CaseStep step : CaseStep.values()) {
            for (CaseStatus status : refusing(step)) {
                all.add(Arguments.of(step, status));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("refusals")
    void aRefusedStepNamesItselfAndTheStepsAllowed(CaseStep step, CaseStatus status) {
        ChildCase c = inState(status);
        assertThatThrownBy(() -> ask(step).accept(c)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.getMessage()).isEqualTo("A case in " + status + " cannot " + step.label() + "; allowed from "
                    + status + ": " + allowedFrom(status));
            assertThat(e.attempted()).isEqualTo(step);
            assertThat(e.current()).isEqualTo(status);
        });
        assertThat(c.status()).as("a refused step changes nothing").isEqualTo(status);
    }

    /** The refusals issue 15 reported, written out in full: each names the step asked for, not another one. */
    @Test
    void theStepsOutsideTheTransitionsAreRefusedInTheirOwnNames() {
        assertThatThrownBy(() -> ask(CaseStep.RECORD_EMERGENCY_MEASURE).accept(inState(CaseStatus.CLOSED)))
                .hasMessage("A case in CLOSED cannot record an emergency measure; allowed from CLOSED: reopen");
        assertThatThrownBy(() -> ask(CaseStep.RECORD_CASE_MEETING).accept(inState(CaseStatus.RECEIVED)))
                .hasMessage("A case in RECEIVED cannot record a case meeting; allowed from RECEIVED: assess, dismiss, "
                        + "merge into another case");
        assertThatThrownBy(() -> ask(CaseStep.SUBMIT_PLAN).accept(inState(CaseStatus.CLOSED)))
                .hasMessage("A case in CLOSED cannot submit a plan; allowed from CLOSED: reopen");
        assertThatThrownBy(() -> ask(CaseStep.SUBMIT_PLAN).accept(inState(CaseStatus.MERGED)))
                .hasMessage("A case in MERGED cannot submit a plan; allowed from MERGED: none, the case has ended");
    }

    @Test
    void theStepsOutsideTheTransitionsAreAllowedWhereTheProcessNeedsThem() {
        for (CaseStatus status : EnumSet.of(CaseStatus.ASSESSED, CaseStatus.IN_SUPPORT)) {
            ChildCase c = inState(status);
            ask(CaseStep.RECORD_CASE_MEETING).accept(c);
            ask(CaseStep.SUBMIT_PLAN).accept(c);
            ask(CaseStep.RECORD_EMERGENCY_MEASURE).accept(c);
            assertThat(c.status()).isEqualTo(status);
        }
        ChildCase received = inState(CaseStatus.RECEIVED);
        ask(CaseStep.RECORD_EMERGENCY_MEASURE).accept(received);
        assertThat(received.status()).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void theStepsOfCaseActionAreSteps() {
        for (CaseAction action : CaseAction.values()) {
            assertThat(CaseStep.of(action).name()).isEqualTo(action.name());
        }
    }
}
