package vn.cps.cases.service;

import java.util.function.Supplier;
import vn.cps.cases.domain.CaseRuleViolation;
import vn.cps.cases.domain.IllegalTransition;
import vn.cps.platform.problem.Problem;
import vn.cps.platform.problem.ProblemException;

/**
 * Turns the domain's refusals into API problems, the same way for every use case: a step the
 * state does not allow is 409 (naming the allowed steps for a case), a broken rule on a field 422.
 */
final class DomainRefusals {

    private DomainRefusals() {
    }

    static void run(Runnable change) {
        translate(() -> {
            change.run();
            return null;
        });
    }

    static <T> T translate(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalTransition e) {
            throw new ProblemException(Problem.of(409, "Conflict", "illegal-transition", e.getMessage(), null)
                    .with("currentStatus", e.current().name())
                    .with("attempted", e.attempted().name())
                    .with("allowed", e.allowed().stream().map(Enum::name).toList()));
        } catch (CaseRuleViolation e) {
            if ("status".equals(e.field())) {
                throw ProblemException.conflict(e.getMessage());
            }
            throw ProblemException.unprocessable(e.field(), e.getMessage());
        }
    }
}
