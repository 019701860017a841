package vn.cps.plans.domain;

import vn.cps.platform.reference.AdministrativeUnits;

/**
 * A jurisdiction as its document records it (a code of before 2025 too, e.g. Quảng Nam 49) and the
 * current unit it is placed in through the crosswalk (Đà Nẵng 48), which decides who acts on it
 * (docs/decisions.md, "Units of before 2025 on today's map").
 */
public record PlacedJurisdiction(String recorded, String current) {

    public static PlacedJurisdiction of(String recorded) {
        String current = AdministrativeUnits.place(recorded).map(AdministrativeUnits.Placement::current)
                .orElseThrow(() -> new PlanRuleViolation("jurisdiction", "is not VN or a province or commune, now or before 2025"));
        return new PlacedJurisdiction(recorded, current);
    }
}
