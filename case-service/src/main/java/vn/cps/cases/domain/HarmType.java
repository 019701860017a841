package vn.cps.cases.domain;

/** Forms of abuse (xâm hại, Law on Children Art. 4), plus injuries and drowning. */
public enum HarmType {
    /** bạo lực */
    VIOLENCE,
    /** bóc lột, incl. illegal child labour */
    EXPLOITATION,
    /** xâm hại tình dục */
    SEXUAL_ABUSE,
    /** mua bán */
    TRAFFICKING,
    /** bỏ rơi */
    ABANDONMENT,
    /** bỏ mặc */
    NEGLECT,
    /** tai nạn thương tích */
    INJURY_ACCIDENT,
    /** đuối nước */
    DROWNING,
    OTHER
}
