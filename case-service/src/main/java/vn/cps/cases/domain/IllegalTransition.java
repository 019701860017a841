package vn.cps.cases.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A step that the case's current state does not allow; the message names the step and what is allowed instead. */
public class IllegalTransition extends RuntimeException {

    private final CaseStatus current;
    private final CaseStep attempted;

    public IllegalTransition(CaseStatus current, CaseAction attempted) {
        this(current, CaseStep.of(attempted));
    }

    public IllegalTransition(CaseStatus current, CaseStep attempted) {
        super(message(current, attempted));
        this.current = current;
        this.attempted = attempted;
    }

    private static String message(CaseStatus current, CaseStep attempted) {
        List<CaseAction> allowed = CaseAction.allowedFromState(current);
        return "A case in " + current + " cannot " + attempted.label() + "; allowed from " + current + ": "
                + (allowed.isEmpty() ? "none, the case has ended"
                        : allowed.stream().map(a -> CaseStep.of(a).label()).collect(Collectors.joining(", ")));
    }

    public CaseStatus current() {
        return current;
    }

    public CaseStep attempted() {
        return attempted;
    }

    public List<CaseAction> allowed() {
        return CaseAction.allowedFromState(current);
    }
}
