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
            Map.entry("childGroup", "Nhóm trẻ em có hoàn cảnh đặc biệt / Group of children in special circumstances"),
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
            Map.entry("ORPHAN_BOTH", "Mồ côi cả cha và mẹ / Orphaned of both parents"),
            Map.entry("ABANDONED", "Bị bỏ rơi / Abandoned"),
            Map.entry("NO_CARER", "Không nơi nương tựa / No one to depend on"),
            Map.entry("DISABLED", "Khuyết tật / With disability"),
            Map.entry("HIV", "Nhiễm HIV/AIDS / Living with HIV/AIDS"),
            Map.entry("IN_CONFLICT_WITH_LAW", "Vi phạm pháp luật / In conflict with the law"),
            Map.entry("DRUG_ADDICTED", "Nghiện ma túy / Drug-addicted"),
            Map.entry("DROPOUT_WORKING", "Bỏ học kiếm sống / Left school to earn a living"),
            Map.entry("VIOLENCE_SEVERE_HARM", "Bị tổn hại nghiêm trọng do bạo lực / Seriously harmed by violence"),
            Map.entry("EXPLOITED", "Bị bóc lột / Exploited"),
            Map.entry("SEXUALLY_ABUSED", "Bị xâm hại tình dục / Sexually abused"),
            Map.entry("TRAFFICKED", "Bị mua bán / Trafficked"),
            Map.entry("SERIOUS_ILLNESS_POOR_HH", "Bệnh hiểm nghèo, hộ nghèo / Serious illness, poor household"),
            Map.entry("MIGRANT_REFUGEE_UNACCOMPANIED", "Di cư, tị nạn không người chăm sóc / Unaccompanied migrant"),
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

    /** The label of a key of the dimension: a province's or commune's code and full name, a code's words, or the code itself. */
    public static String key(String dimensionParameter, String key) {
        if ("province".equals(dimensionParameter) || "commune".equals(dimensionParameter)) {
            return AdministrativeUnits.name(key).map(name -> key + " " + name).orElse(key);
        }
        return CODES.getOrDefault(key, key);
    }
}
