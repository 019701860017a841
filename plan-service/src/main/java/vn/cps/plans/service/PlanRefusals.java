package vn.cps.plans.service;

import java.util.function.Supplier;
import vn.cps.plans.domain.PlanRuleViolation;
import vn.cps.platform.problem.ProblemException;

/** Turns planning rules into API problems: a step the state does not allow is 409, a field rule 422. */
final class PlanRefusals {

    private PlanRefusals() {
    }

    static <T> T translate(Supplier<T> change) {
        try {
            return change.get();
        } catch (PlanRuleViolation e) {
            if ("status".equals(e.field())) {
                throw ProblemException.conflict(e.getMessage());
            }
            throw ProblemException.unprocessable(e.field(), e.getMessage());
        }
    }
}
