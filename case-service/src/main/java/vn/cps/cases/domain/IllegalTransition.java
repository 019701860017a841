package vn.cps.cases.domain;

import java.util.List;

/** A step that the case's current state does not allow. */
public class IllegalTransition extends RuntimeException {

    private final CaseStatus current;
    private final CaseAction attempted;

    public IllegalTransition(CaseStatus current, CaseAction attempted) {
        super("A case in " + current + " cannot " + attempted.name().toLowerCase().replace('_', ' ')
                + "; allowed: " + CaseAction.allowedFromState(current));
        this.current = current;
        this.attempted = attempted;
    }

    public CaseStatus current() {
        return current;
    }

    public CaseAction attempted() {
        return attempted;
    }

    public List<CaseAction> allowed() {
        return CaseAction.allowedFromState(current);
    }
}
