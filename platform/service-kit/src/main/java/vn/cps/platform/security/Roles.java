package vn.cps.platform.security;

/** Realm roles (DESIGN.md section 5). */
public final class Roles {

    public static final String HOTLINE_OPERATOR = "hotline-operator";
    public static final String CASE_WORKER = "case-worker";
    public static final String CASE_APPROVER = "case-approver";
    public static final String CASE_SUPERVISOR = "case-supervisor";
    public static final String AGENCY_LIAISON = "agency-liaison";
    public static final String PLAN_MANAGER = "plan-manager";
    public static final String PLAN_CONTRIBUTOR = "plan-contributor";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String PARTNER_SYSTEM = "partner-system";

    private Roles() {
    }
}
