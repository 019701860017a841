package vn.cps.notification.domain;

/** What a notification is about, with the labels its email and SMS texts use. */
public enum NotificationType {
    CASE_OPENED("New case", "Vụ việc mới"),
    PLAN_SUBMITTED("Support plan awaiting approval", "Kế hoạch hỗ trợ chờ phê duyệt"),
    REFERRAL_REQUESTED("Case referred to your agency", "Vụ việc được chuyển đến cơ quan"),
    REFERRAL_ACCEPTED("Referral accepted", "Cơ quan đã tiếp nhận chuyển gửi"),
    REFERRAL_DECLINED("Referral declined", "Cơ quan từ chối chuyển gửi"),
    REFERRAL_COMPLETED("Referral completed", "Cơ quan đã hoàn thành"),
    REFERRAL_WITHDRAWN("Referral withdrawn", "Chuyển gửi đã được rút lại"),
    ACTION_ASSIGNED("Plan action assigned to your agency", "Hoạt động được giao cho cơ quan"),
    DEADLINE_REMINDER("Legal deadline approaching", "Sắp đến hạn theo luật định"),
    DEADLINE_MISSED("Legal deadline missed", "Đã quá hạn theo luật định"),
    CASE_CLOSED("Case closed", "Vụ việc đã đóng"),
    CASE_TRANSFERRED("Case transferred", "Vụ việc được chuyển địa bàn"),
    TASK_ASSIGNED("Plan task assigned", "Nhiệm vụ được giao"),
    TASK_OVERDUE("Plan task overdue", "Nhiệm vụ quá hạn"),
    TARGET_AT_RISK("Target at risk", "Chỉ tiêu có nguy cơ không đạt"),
    TARGET_MISSED("Target missed", "Chỉ tiêu không đạt"),
    RECOMMENDATION_ISSUED("Inspection recommendation", "Kiến nghị sau kiểm tra"),
    RECOMMENDATION_RESOLVED("Inspection recommendation resolved", "Kiến nghị đã được xử lý");

    private final String english;
    private final String vietnamese;

    NotificationType(String english, String vietnamese) {
        this.english = english;
        this.vietnamese = vietnamese;
    }

    public String english() {
        return english;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
