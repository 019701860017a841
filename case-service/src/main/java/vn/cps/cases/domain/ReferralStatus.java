package vn.cps.cases.domain;

import java.util.EnumSet;
import java.util.Set;

public enum ReferralStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    COMPLETED;

    /** The states in which the agency may see the case. */
    public static final Set<ReferralStatus> GRANTS_ACCESS = EnumSet.of(REQUESTED, ACCEPTED, COMPLETED);
}
