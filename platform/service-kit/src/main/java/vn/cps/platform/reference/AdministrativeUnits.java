package vn.cps.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.text.VietnameseText;

/**
 * The administrative units in force since 1 July 2025 (Decision 19/2025/QĐ-TTg): 34 provinces
 * and 3,321 communes, and the crosswalk from the 10,035 communes of the 63-province scheme.
 * Shipped as data in {@code vn/cps/reference/admin-units-2025/} (source and checks:
 * docs/reference-data.md) and read once per JVM; no unit is written into code.
 */
public final class AdministrativeUnits {

    public static final String CODE_SYSTEM = "QD19-2025";
    public static final LocalDate IN_FORCE_SINCE = LocalDate.of(2025, 7, 1);
    public static final String NATIONAL = "VN";
    private static final String DIR = "vn/cps/reference/admin-units-2025/";
    private static final Units UNITS = Units.load();

    /** A province or centrally-run city (tỉnh, thành phố). */
    public record Province(String code, String name, String nameEn, String type) {
        public String fullName() {
            return ("thanh_pho".equals(type) ? "Thành phố " : "Tỉnh ") + name;
        }
    }

    /** A commune-level unit: xã, phường or đặc khu. */
    public record Commune(String code, String name, String type, String provinceCode) {
        public String fullName() {
            return switch (type) {
                case "phuong" -> "Phường ";
                case "dac_khu" -> "Đặc khu ";
                default -> "Xã ";
            } + name;
        }
    }

    /** A commune of the 63-province scheme, abolished on 1 July 2025, and the unit(s) it went to. */
    public record FormerCommune(String code, String fullName, String formerProvinceCode, List<String> successors) {
        public boolean split() {
            return successors.size() > 1;
        }
    }

    /**
     * Where a recorded code lies on today's map: the current province (null for the whole country)
     * and the current communes it covers (empty for a province or the country). A former commune
     * that was split covers all its successors; all lie in one province.
     */
    public record Placement(String recorded, String provinceCode, Set<String> communeCodes) {
        /** The one current code a record of this unit is placed under: a commune, else its province. */
        public String current() {
            if (provinceCode == null) {
                return NATIONAL;
            }
            return communeCodes.size() == 1 ? communeCodes.iterator().next() : provinceCode;
        }
    }

    private AdministrativeUnits() {
    }

    public static Optional<Province> province(String code) {
        return Optional.ofNullable(code == null ? null : UNITS.provinces.get(code));
    }

    public static Optional<Commune> commune(String code) {
        return Optional.ofNullable(code == null ? null : UNITS.communes.get(code));
    }

    /** A commune that no longer exists (a code reused by a current commune is that commune). */
    public static Optional<FormerCommune> formerCommune(String code) {
        return commune(code).isPresent() || code == null ? Optional.empty() : Optional.ofNullable(UNITS.formerCommunes.get(code));
    }

    /** The current province that a province code of the 63-province scheme became part of. */
    public static Optional<Province> successorProvince(String formerProvinceCode) {
        if (formerProvinceCode == null || UNITS.provinces.containsKey(formerProvinceCode)) {
            return Optional.empty();
        }
        return province(UNITS.provinceSuccessors.get(formerProvinceCode));
    }

    public static boolean isProvince(String code) {
        return province(code).isPresent();
    }

    public static boolean isCommune(String code) {
        return commune(code).isPresent();
    }

    public static Collection<Province> provinces() {
        return UNITS.provinces.values();
    }

    /** The communes of a current province, by code. */
    public static List<Commune> communesOf(String provinceCode) {
        return UNITS.communesByProvince.getOrDefault(provinceCode, List.of());
    }

    public static Collection<Commune> communes() {
        return UNITS.communes.values();
    }

    /** A full name for a person to read ("Phường Hải Vân", "Thành phố Đà Nẵng"), or empty for an unknown code. */
    public static Optional<String> name(String code) {
        if (NATIONAL.equals(code)) {
            return Optional.of("Việt Nam");
        }
        return province(code).map(Province::fullName)
                .or(() -> commune(code).map(Commune::fullName))
                .or(() -> formerCommune(code).map(FormerCommune::fullName));
    }

    /** The full name of a unit, or null for an unknown code (views print the code beside it). */
    public static String fullName(String code) {
        return name(code).orElse(null);
    }

    /** Communes whose full name contains the text, ignoring case, diacritics and where the tone mark sits. */
    public static List<Commune> searchCommunes(String text, String provinceCode) {
        String wanted = text == null ? "" : VietnameseText.fold(text);
        Collection<Commune> within = provinceCode == null ? communes() : communesOf(provinceCode);
        return within.stream().filter(c -> UNITS.foldedNames.get(c.code()).contains(wanted)).toList();
    }

    /** Places a recorded code (the country, a province or a commune, current or former) on today's map. */
    public static Optional<Placement> place(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (NATIONAL.equals(code)) {
            return Optional.of(new Placement(code, null, Set.of()));
        }
        if (UNITS.provinces.containsKey(code)) {
            return Optional.of(new Placement(code, code, Set.of()));
        }
        Commune commune = UNITS.communes.get(code);
        if (commune != null) {
            return Optional.of(new Placement(code, commune.provinceCode(), Set.of(code)));
        }
        Optional<Province> province = successorProvince(code);
        if (province.isPresent()) {
            return Optional.of(new Placement(code, province.get().code(), Set.of()));
        }
        return formerCommune(code).map(f -> new Placement(code, UNITS.communes.get(f.successors().get(0)).provinceCode(),
                Collections.unmodifiableSet(new LinkedHashSet<>(f.successors()))));
    }

    // --- checks of input: a 422 that names the unit -------------------------------------------

    /** A current province, or a 422 naming what the code was or is not. */
    public static Province requireProvince(String field, String code) {
        return province(code).orElseThrow(() -> ProblemException.unprocessable(field, whyNotProvince(code)));
    }

    /**
     * A current commune, and the province given with it (may be null) its own; else a 422 naming the
     * unit, what it became (every successor of a split commune) or where it lies.
     */
    public static Commune requireCommune(String field, String code, String provinceCode) {
        Commune commune = commune(code).orElseThrow(() -> ProblemException.unprocessable(field, whyNotCommune(code)));
        if (provinceCode != null && !provinceCode.equals(commune.provinceCode())) {
            throw ProblemException.unprocessable(field, "commune " + label(commune) + " lies in province "
                    + label(province(commune.provinceCode()).orElseThrow()) + ", not in " + provinceCode
                    + province(provinceCode).map(p -> " (" + p.fullName() + ")").orElse(""));
        }
        return commune;
    }

    /** A current jurisdiction code: the country ({@code VN}), a province or a commune; else a 422. */
    public static String requireJurisdiction(String field, String code) {
        if (NATIONAL.equals(code) || isProvince(code)) {
            return code;
        }
        if (code != null && code.length() == 2) {
            throw ProblemException.unprocessable(field, whyNotProvince(code));
        }
        return requireCommune(field, code, null).code();
    }

    private static String whyNotProvince(String code) {
        return successorProvince(code)
                .map(p -> "province " + code + " no longer exists since " + IN_FORCE_SINCE + "; it became part of " + label(p))
                .orElse("province " + code + " is not one of the 34 provinces in force since " + IN_FORCE_SINCE);
    }

    private static String whyNotCommune(String code) {
        return formerCommune(code).map(f -> "commune " + code + " (" + f.fullName() + ") no longer exists since "
                + IN_FORCE_SINCE + "; " + (f.split() ? "it was divided between " : "it became part of ")
                + f.successors().stream().map(s -> label(UNITS.communes.get(s))).collect(Collectors.joining(", ")))
                .orElse("commune " + code + " is not one of the 3,321 communes in force since " + IN_FORCE_SINCE);
    }

    private static String label(Commune c) {
        return c.code() + " (" + c.fullName() + ")";
    }

    private static String label(Province p) {
        return p.code() + " (" + p.fullName() + ")";
    }

    // --- the data ------------------------------------------------------------------------------

    private record Units(Map<String, Province> provinces, Map<String, Commune> communes,
            Map<String, List<Commune>> communesByProvince, Map<String, String> foldedNames,
            Map<String, FormerCommune> formerCommunes, Map<String, String> provinceSuccessors) {

        static Units load() {
            Map<String, Province> provinces = new LinkedHashMap<>();
            read("provinces.csv", "code,name,name_en,type", 4,
                    c -> provinces.put(c[0], new Province(c[0], c[1], c[2], c[3])));
            Map<String, Commune> communes = new LinkedHashMap<>();
            Map<String, List<Commune>> byProvince = new LinkedHashMap<>();
            Map<String, String> folded = new LinkedHashMap<>();
            read("communes.csv", "code,name,type,province_code", 4, c -> {
                if (!provinces.containsKey(c[3])) {
                    throw new IllegalStateException("commune " + c[0] + " names an unknown province " + c[3]);
                }
                Commune commune = new Commune(c[0], c[1], c[2], c[3]);
                communes.put(commune.code(), commune);
                byProvince.computeIfAbsent(commune.provinceCode(), p -> new ArrayList<>()).add(commune);
                folded.put(commune.code(), VietnameseText.fold(commune.fullName()));
            });
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> formerProvince = new LinkedHashMap<>();
            Map<String, List<String>> successors = new LinkedHashMap<>();
            Map<String, String> provinceSuccessors = new LinkedHashMap<>();
            read("crosswalk.csv", "old_commune_code,old_commune_name,old_district_code,old_province_code,new_commune_code", 5, c -> {
                Commune successor = communes.get(c[4]);
                if (successor == null) {
                    throw new IllegalStateException("crosswalk row of " + c[0] + " names an unknown commune " + c[4]);
                }
                names.put(c[0], c[1]);
                formerProvince.put(c[0], c[3]);
                successors.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[4]);
                String before = provinceSuccessors.putIfAbsent(c[3], successor.provinceCode());
                if (before != null && !before.equals(successor.provinceCode())) {
                    throw new IllegalStateException("former province " + c[3] + " goes to " + before + " and " + successor.provinceCode());
                }
            });
            Map<String, FormerCommune> former = new LinkedHashMap<>();
            successors.forEach((code, to) -> former.put(code, new FormerCommune(code, names.get(code), formerProvince.get(code), List.copyOf(to))));
            Map<String, List<Commune>> byProvinceFrozen = new LinkedHashMap<>();
            byProvince.forEach((p, list) -> byProvinceFrozen.put(p, List.copyOf(list)));
            return new Units(Collections.unmodifiableMap(provinces), Collections.unmodifiableMap(communes),
                    Collections.unmodifiableMap(byProvinceFrozen), folded, Collections.unmodifiableMap(former),
                    provinceSuccessors);
        }

        private static void read(String file, String header, int columns, Consumer<String[]> row) {
            try (InputStream in = AdministrativeUnits.class.getClassLoader().getResourceAsStream(DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException(DIR + file + " is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                if (!header.equals(reader.readLine())) {
                    throw new IllegalStateException(DIR + file + " does not begin with " + header);
                }
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    // the files quote no field (docs/reference-data.md); a quote would mean a changed format
                    String[] cells = line.split(",", -1);
                    if (cells.length != columns || line.indexOf('"') >= 0) {
                        throw new IllegalStateException(DIR + file + ": unexpected row " + line);
                    }
                    row.accept(cells);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
