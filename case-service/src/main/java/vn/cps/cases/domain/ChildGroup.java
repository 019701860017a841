package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 14 groups of children in special circumstances (trẻ em có hoàn cảnh đặc biệt, Law on Children Art. 10). */
@Schema(description = "The 14 groups of children in special circumstances (trẻ em có hoàn cảnh đặc biệt, Law on Children Art. 10), with the point of the article. ORPHAN_BOTH (a): mồ côi cả cha và mẹ (orphaned of both parents); "
        + "ABANDONED (b): bị bỏ rơi (abandoned); NO_CARER (c): không nơi nương tựa (no one to depend on); "
        + "DISABLED (d): khuyết tật (with disability); HIV (đ): nhiễm HIV/AIDS (living with HIV/AIDS); "
        + "IN_CONFLICT_WITH_LAW (e): vi phạm pháp luật (in conflict with the law); "
        + "DRUG_ADDICTED (g): nghiện ma túy (drug-addicted); "
        + "DROPOUT_WORKING (h): bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở (left school to earn a living before finishing lower secondary); "
        + "VIOLENCE_SEVERE_HARM (i): bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực (seriously harmed in body and mind by violence); "
        + "EXPLOITED (k): bị bóc lột (exploited); "
        + "SEXUALLY_ABUSED (l): bị xâm hại tình dục (sexually abused); "
        + "TRAFFICKED (m): bị mua bán (trafficked); "
        + "SERIOUS_ILLNESS_POOR_HH (n): mắc bệnh hiểm nghèo hoặc phải điều trị dài ngày thuộc hộ nghèo, cận nghèo (serious or long-term illness in a poor or near-poor household); "
        + "MIGRANT_REFUGEE_UNACCOMPANIED (o): di cư, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc (migrant or refugee child without identified parents or carer).")
public enum ChildGroup {
    /** a: mồ côi cả cha và mẹ */
    ORPHAN_BOTH,
    /** b: bị bỏ rơi */
    ABANDONED,
    /** c: không nơi nương tựa */
    NO_CARER,
    /** d: khuyết tật */
    DISABLED,
    /** đ: nhiễm HIV/AIDS */
    HIV,
    /** e: vi phạm pháp luật */
    IN_CONFLICT_WITH_LAW,
    /** g: nghiện ma túy */
    DRUG_ADDICTED,
    /** h: bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở */
    DROPOUT_WORKING,
    /** i: bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực */
    VIOLENCE_SEVERE_HARM,
    /** k: bị bóc lột */
    EXPLOITED,
    /** l: bị xâm hại tình dục */
    SEXUALLY_ABUSED,
    /** m: bị mua bán */
    TRAFFICKED,
    /** n: mắc bệnh hiểm nghèo hoặc phải điều trị dài ngày thuộc hộ nghèo, cận nghèo */
    SERIOUS_ILLNESS_POOR_HH,
    /** o: di cư, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc */
    MIGRANT_REFUGEE_UNACCOMPANIED
}
