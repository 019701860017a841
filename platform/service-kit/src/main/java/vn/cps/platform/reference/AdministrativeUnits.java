package vn.cps.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 34 provinces in force since 1 July 2025 (Decision 19/2025/QĐ-TTg), shipped as data in
 * {@code vn/cps/reference/provinces-2025.csv}. Communes are checked by code shape only until
 * the commune list is shipped as data too.
 */
public final class AdministrativeUnits {

    public static final String CODE_SYSTEM = "QD19-2025";
    private static final String PROVINCES = "vn/cps/reference/provinces-2025.csv";
    private static final Map<String, String> PROVINCE_NAMES = load();

    private AdministrativeUnits() {
    }

    public static boolean isProvince(String code) {
        return code != null && PROVINCE_NAMES.containsKey(code);
    }

    public static Optional<String> provinceName(String code) {
        return Optional.ofNullable(PROVINCE_NAMES.get(code));
    }

    public static boolean isCommuneCode(String code) {
        return code != null && code.matches("\\d{5}");
    }

    public static Map<String, String> provinces() {
        return PROVINCE_NAMES;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = AdministrativeUnits.class.getClassLoader().getResourceAsStream(PROVINCES)) {
            if (in == null) {
                throw new IllegalStateException(PROVINCES + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", -1);
                    names.put(cells[0].trim(), cells[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }
}
