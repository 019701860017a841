package vn.cps.platform.security;

import java.util.Map;
import java.util.Objects;

/**
 * Where a caller may act: the whole country ({@code VN}), one province (2-digit code) or one
 * commune (5-digit code, after the 2025 reform). A caller without a valid claim sees nothing.
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
        if (value.matches("\\d{2}")) {
            return new Jurisdiction(Level.PROVINCE, value);
        }
        if (value.matches("\\d{5}")) {
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

    /** Whether a record located in this province and commune lies inside this jurisdiction. */
    public boolean covers(String provinceCode, String communeCode) {
        return switch (level) {
            case NATIONAL -> true;
            case PROVINCE -> code.equals(provinceCode);
            case COMMUNE -> code.equals(communeCode);
            case NONE -> false;
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
