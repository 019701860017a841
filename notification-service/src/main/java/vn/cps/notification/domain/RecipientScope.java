package vn.cps.notification.domain;

/** Where a rule finds its recipients, relative to what happened. */
public enum RecipientScope {
    /** The commune that owns the case. */
    COMMUNE,
    /** The province of the case. */
    PROVINCE,
    /** The jurisdiction of a plan, target or task (national, a province or a commune). */
    JURISDICTION,
    /** The whole country. */
    NATIONAL,
    /** The agency the case was referred to, or that leads the task or must act on the recommendation. */
    AGENCY
}
