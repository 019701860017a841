package vn.cps.reporting.domain;

import java.util.Map;
import vn.cps.platform.reference.AdministrativeUnits;

/** Vietnamese and English labels of the groupings and codes that exports print. */
public final class Labels {

    private static final Map<String, String> DIMENSIONS = Map.ofEntries(
            Map.entry("province", "Tỉnh, thành phố / Province"),
            Map.entry("commune", "Xã, phường / Commune"),
            Map.entry("channel", "Kênh tiếp nhận / Channel"),
            Map.entry("category", "Loại cuộc gọi / Category"),
            Map.entry("harmType", "Hình thức xâm hại / Harm type"),
            Map.entry("sex", "Giới tính / Sex"),
            Map.entry("ageBand", "Nhóm tuổi / Age band"),
            Map.entry("outcome", "Kết quả / Outcome"));

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("FEMALE", "Nữ / Female"),
            Map.entry("MALE", "Nam / Male"),
            Map.entry("UNKNOWN", "Không rõ / Unknown"),
            Map.entry("VIOLENCE", "Bạo lực / Violence"),
            Map.entry("SEXUAL_ABUSE", "Xâm hại tình dục / Sexual abuse"),
            Map.entry("EXPLOITATION", "Bóc lột / Exploitation"),
            Map.entry("TRAFFICKING", "Mua bán / Trafficking"),
            Map.entry("ABANDONMENT", "Bỏ rơi / Abandonment"),
            Map.entry("NEGLECT", "Bỏ mặc / Neglect"),
            Map.entry("DROWNING", "Đuối nước / Drowning"),
            Map.entry("INJURY", "Tai nạn thương tích / Injury"),
            Map.entry("OTHER", "Khác / Other"),
            Map.entry("OPEN", "Đang xử lý / Open"),
            Map.entry("CLOSED", "Đã đóng / Closed"),
            Map.entry("NOT_SUBSTANTIATED", "Không có căn cứ / Not substantiated"),
            Map.entry("MERGED", "Đã gộp / Merged"),
            Map.entry("HOTLINE_111", "Tổng đài 111 / Hotline 111"),
            Map.entry("MET", "Đúng hạn / Met"),
            Map.entry("MISSED", "Quá hạn / Missed"),
            Map.entry("PENDING", "Đang chờ / Pending"),
            Map.entry("NOT_APPLICABLE", "Không áp dụng / Not applicable"));

    private Labels() {
    }

    public static String dimension(String parameter) {
        return DIMENSIONS.getOrDefault(parameter, parameter);
    }

    /** The label of a key of the dimension: a province's name, a code's words, or the code itself. */
    public static String key(String dimensionParameter, String key) {
        if ("province".equals(dimensionParameter)) {
            return AdministrativeUnits.provinceName(key).map(name -> key + " " + name).orElse(key);
        }
        return CODES.getOrDefault(key, key);
    }
}
