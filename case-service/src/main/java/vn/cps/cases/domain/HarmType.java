package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Forms of abuse (xâm hại, Law on Children Art. 4), plus injuries and drowning. */
@Schema(description = "Form of harm: the forms of abuse (xâm hại, Law on Children Art. 4), plus injuries and drowning. VIOLENCE: bạo lực (violence); "
        + "EXPLOITATION: bóc lột (exploitation, incl. illegal child labour); "
        + "SEXUAL_ABUSE: xâm hại tình dục (sexual abuse); TRAFFICKING: mua bán (trafficking); "
        + "ABANDONMENT: bỏ rơi (abandonment); NEGLECT: bỏ mặc (neglect); "
        + "INJURY_ACCIDENT: tai nạn thương tích (injury or accident); DROWNING: đuối nước (drowning); "
        + "OTHER: another form.")
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
