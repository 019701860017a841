package vn.cps.plans.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a target is read against its indicator. */
@Schema(description = "How a target (chỉ tiêu) is read against its indicator's value. "
        + "AT_LEAST: the value must reach at least the target (e.g. 80% of officers trained); "
        + "AT_MOST: the value must stay at or below the target (e.g. abused children below 4.5%); "
        + "REDUCE_BY_PERCENT: the value must fall by the target percentage from the baseline, "
        + "which such a target requires.")
public enum TargetDirection {
    /** the value must reach at least the target (e.g. 80% of officers trained) */
    AT_LEAST,
    /** the value must stay at or below the target (e.g. abused children below 4.5%) */
    AT_MOST,
    /** the value must fall by the target percentage from the baseline */
    REDUCE_BY_PERCENT
}
