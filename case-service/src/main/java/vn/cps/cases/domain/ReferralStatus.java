package vn.cps.cases.domain;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a referral to an agency. REQUESTED: sent, waiting for the agency's answer; "
        + "ACCEPTED: the agency accepted it; DECLINED: the agency declined it with a reason; "
        + "WITHDRAWN: the referring side withdrew it; "
        + "COMPLETED: the agency recorded its outcome. The agency sees the case while the referral is REQUESTED, ACCEPTED or COMPLETED.")
public enum ReferralStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    COMPLETED;

    /** The states in which the agency may see the case. */
    public static final Set<ReferralStatus> GRANTS_ACCESS = EnumSet.of(REQUESTED, ACCEPTED, COMPLETED);
}
