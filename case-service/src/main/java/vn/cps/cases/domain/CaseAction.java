package vn.cps.cases.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The steps of Decree 56/2017 that change a case's state, and the states each may start from.
 * Recording an emergency measure or a timeline entry does not change the state and is not here.
 */
public enum CaseAction {
    /** Initial assessment (Mẫu 02). */
    ASSESS(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.REOPENED), CaseStatus.ASSESSED),
    /** Approving the support/intervention plan (Mẫu 05); a later cycle keeps the case in support. */
    APPROVE_PLAN(EnumSet.of(CaseStatus.ASSESSED, CaseStatus.IN_SUPPORT), CaseStatus.IN_SUPPORT),
    /** Closing after review (Mẫu 06): the child is no longer at risk. */
    CLOSE(EnumSet.of(CaseStatus.IN_SUPPORT), CaseStatus.CLOSED),
    /** Verification found no harm or risk. */
    DISMISS(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.ASSESSED), CaseStatus.NOT_SUBSTANTIATED),
    REOPEN(EnumSet.of(CaseStatus.CLOSED, CaseStatus.NOT_SUBSTANTIATED), CaseStatus.REOPENED),
    /** An officer confirmed it duplicates an earlier open case of the same child. */
    MERGE(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.ASSESSED), CaseStatus.MERGED);

    private final Set<CaseStatus> from;
    private final CaseStatus to;

    CaseAction(Set<CaseStatus> from, CaseStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    public CaseStatus target() {
        return to;
    }

    /** What may be done from a state, for the 409 answer to an illegal step. */
    public static List<CaseAction> allowedFromState(CaseStatus status) {
        return EnumSet.allOf(CaseAction.class).stream().filter(a -> a.allowedFrom(status)).toList();
    }
}
