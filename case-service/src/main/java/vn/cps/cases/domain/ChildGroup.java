package vn.cps.cases.domain;

/** The 14 groups of children in special circumstances (trẻ em có hoàn cảnh đặc biệt, Law on Children Art. 10). */
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
