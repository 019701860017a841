package vn.cps.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cps.platform.reference.AdministrativeUnits;

/**
 * Where a caller may act: the whole country ({@code VN}), one province or one commune in force
 * since the 2025 reform (AdministrativeUnits). A caller without a valid claim sees nothing.
 */
public final class Jurisdiction {

    public enum Level { NATIONAL, PROVINCE, COMMUNE, NONE }

    private static final Jurisdiction NATIONAL = new Jurisdiction(Level.NATIONAL, "VN");
    private static final Jurisdiction NONE = new Jurisdiction(Level.NONE, "");

    private final Level level;
    private final String code;

    private Jurisdiction(Level level, String code) {
        this.level = level;
        this.code = code;
    }

    public static Jurisdiction parse(String claim) {
        if (claim == null) {
            return NONE;
        }
        String value = claim.trim();
        if (value.equals("VN")) {
            return NATIONAL;
        }
        // a unit that is not in force (a typo, a code of before 2025) grants nothing
        if (AdministrativeUnits.isProvince(value)) {
            return new Jurisdiction(Level.PROVINCE, value);
        }
        if (AdministrativeUnits.isCommune(value)) {
            return new Jurisdiction(Level.COMMUNE, value);
        }
        return NONE;
    }

    public Level level() {
        return level;
    }

    public String code() {
        return code;
    }

    /**
     * Whether a record located in this province and commune lies inside this jurisdiction. A
     * province covers exactly its communes (from the list of units), also where the record gives
     * no province.
     */
    public boolean covers(String provinceCode, String communeCode) {
        return switch (level) {
            case NATIONAL -> true;
            case PROVINCE -> code.equals(provinceCode) || (provinceCode == null && AdministrativeUnits.commune(communeCode)
                    .map(c -> c.provinceCode().equals(code)).orElse(false));
            case COMMUNE -> code.equals(communeCode);
            case NONE -> false;
        };
    }

    /**
     * Whether a record kept under one unit code (the country, a province or a commune, as recorded,
     * also a code of before 2025) lies inside this jurisdiction once placed on today's map. Only
     * national callers cover national records.
     */
    public boolean covers(String unitCode) {
        if (level == Level.NATIONAL) {
            return true;
        }
        if (level == Level.NONE) {
            return false;
        }
        return AdministrativeUnits.place(unitCode).map(p -> level == Level.PROVINCE
                ? code.equals(p.provinceCode()) : p.communeCodes().contains(code)).orElse(false);
    }

    /**
     * The current unit codes a record may be kept under and still lie inside this jurisdiction: a
     * province's own code and its communes' codes; a commune's own code. Records are kept under
     * current codes (codes of before 2025 are placed when written), so a list query needs no more.
     */
    public List<String> currentCodes() {
        return switch (level) {
            case PROVINCE -> {
                List<String> codes = new ArrayList<>();
                codes.add(code);
                AdministrativeUnits.communesOf(code).forEach(c -> codes.add(c.code()));
                yield List.copyOf(codes);
            }
            case COMMUNE -> List.of(code);
            case NATIONAL, NONE -> List.of();
        };
    }

    /**
     * The same check as a JPQL/Panache condition, so that lists and single reads agree.
     *
     * @param provinceField the entity field holding the province code
     * @param communeField  the entity field holding the commune code
     */
    public ScopeCondition condition(String provinceField, String communeField) {
        return switch (level) {
            case NATIONAL -> new ScopeCondition("1 = 1", Map.of());
            case PROVINCE -> new ScopeCondition(provinceField + " = :scopeCode", Map.of("scopeCode", code));
            case COMMUNE -> new ScopeCondition(communeField + " = :scopeCode", Map.of("scopeCode", code));
            case NONE -> new ScopeCondition("1 = 0", Map.of());
        };
    }

    /** A query condition and its named parameters. */
    public record ScopeCondition(String clause, Map<String, Object> parameters) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jurisdiction other && level == other.level && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, code);
    }

    @Override
    public String toString() {
        return level == Level.NONE ? "none" : code;
    }
}
