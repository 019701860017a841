package vn.cps.reporting.persistence;

import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes of one transaction to the cubes, added up in memory and written as one multi-row
 * upsert per cube: a batch of events touches a few hot rows many times, and each row is written
 * once. Keys are written in sorted order, so that two transactions lock shared rows in the same
 * order and cannot deadlock. A transaction that ends with deltas not written is rolled back.
 */
@TransactionScoped
public class CubeDeltas {

    private final Map<String, Long> provinceDay = new TreeMap<>();
    private final Map<String, Long> nationalDay = new TreeMap<>();
    private final Map<String, Long> communeMonth = new TreeMap<>();
    private final Map<String, long[]> referrals = new TreeMap<>();
    private final Map<String, Long> closures = new TreeMap<>();
    private boolean guarded;

    @Inject
    TransactionSynchronizationRegistry registry;

    /** The columns of {@code referral_stat} a referral event adds to. */
    public static final List<String> REFERRAL_COLUMNS = List.of("requested", "accepted", "declined", "withdrawn",
            "completed", "answered_in_time");

    public void count(String subject, String dimension, String key, String province, String commune, LocalDate day,
            long delta) {
        guard();
        provinceDay.merge(String.join("\u0000", subject, dimension, key, province, day.toString()), delta, Long::sum);
        nationalDay.merge(String.join("\u0000", subject, dimension, key, day.toString()), delta, Long::sum);
        if (commune != null) {
            communeMonth.merge(String.join("\u0000", subject, dimension, key, province, commune,
                    day.withDayOfMonth(1).toString()), delta, Long::sum);
        }
    }

    public void countReferral(String agency, String province, LocalDate month, String column, long delta,
            long responseSeconds) {
        int index = REFERRAL_COLUMNS.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column);
        }
        guard();
        long[] sums = referrals.computeIfAbsent(String.join("\u0000", agency, province, month.toString()),
                k -> new long[REFERRAL_COLUMNS.size() + 1]);
        sums[index] += delta;
        sums[REFERRAL_COLUMNS.size()] += responseSeconds;
    }

    public void countClosure(String province, LocalDate month, int days, long delta) {
        guard();
        closures.merge(String.join("\u0000", province, month.toString(), Integer.toString(days)), delta, Long::sum);
    }

    /** Writes what was added since the last call, one statement per cube that changed. */
    public void write(Connection connection) throws SQLException {
        upsert(connection, provinceDay, """
                INSERT INTO stat_province_day (subject, dimension, key, province_code, day, n)
                SELECT s, d, k, p, day::date, n FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                       ?::varchar[], ?::bigint[]) AS u(s, d, k, p, day, n)
                ON CONFLICT (subject, dimension, province_code, day, key)
                DO UPDATE SET n = stat_province_day.n + EXCLUDED.n""", 5);
        upsert(connection, nationalDay, """
                INSERT INTO stat_national_day (subject, dimension, key, day, n)
                SELECT s, d, k, day::date, n FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                       ?::bigint[]) AS u(s, d, k, day, n)
                ON CONFLICT (subject, dimension, day, key) DO UPDATE SET n = stat_national_day.n + EXCLUDED.n""", 4);
        upsert(connection, communeMonth, """
                INSERT INTO stat_commune_month (subject, dimension, key, province_code, commune_code, month, n)
                SELECT s, d, k, p, c, m::date, n FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                       ?::varchar[], ?::varchar[], ?::bigint[]) AS u(s, d, k, p, c, m, n)
                ON CONFLICT (subject, dimension, province_code, commune_code, month, key)
                DO UPDATE SET n = stat_commune_month.n + EXCLUDED.n""", 6);
        upsert(connection, closures, """
                INSERT INTO closure_time_stat (province_code, month, days, n)
                SELECT p, m::date, days::int, n FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[])
                       AS u(p, m, days, n)
                ON CONFLICT (province_code, month, days) DO UPDATE SET n = closure_time_stat.n + EXCLUDED.n""", 3);
        writeReferrals(connection);
    }

    private static void upsert(Connection connection, Map<String, Long> deltas, String sql, int keyParts)
            throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        Object[][] columns = new Object[keyParts][deltas.size()];
        Long[] n = new Long[deltas.size()];
        int row = 0;
        for (Map.Entry<String, Long> e : deltas.entrySet()) {
            String[] parts = e.getKey().split("\u0000", -1);
            for (int c = 0; c < keyParts; c++) {
                columns[c][row] = parts[c];
            }
            n[row++] = e.getValue();
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int c = 0; c < keyParts; c++) {
                statement.setArray(c + 1, connection.createArrayOf("varchar", columns[c]));
            }
            statement.setArray(keyParts + 1, connection.createArrayOf("bigint", n));
            statement.executeUpdate();
        }
        deltas.clear();
    }

    private void writeReferrals(Connection connection) throws SQLException {
        if (referrals.isEmpty()) {
            return;
        }
        int size = referrals.size();
        String[] agency = new String[size];
        String[] province = new String[size];
        Date[] month = new Date[size];
        Long[][] sums = new Long[REFERRAL_COLUMNS.size() + 1][size];
        int row = 0;
        for (Map.Entry<String, long[]> e : referrals.entrySet()) {
            String[] parts = e.getKey().split("\u0000", -1);
            agency[row] = parts[0];
            province[row] = parts[1];
            month[row] = Date.valueOf(LocalDate.parse(parts[2]));
            for (int c = 0; c < sums.length; c++) {
                sums[c][row] = e.getValue()[c];
            }
            row++;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO referral_stat (agency_code, province_code, month, requested, accepted, declined, withdrawn,
                                           completed, answered_in_time, response_seconds)
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::date[], ?::bigint[], ?::bigint[], ?::bigint[],
                                     ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                ON CONFLICT (agency_code, province_code, month) DO UPDATE SET
                    requested = referral_stat.requested + EXCLUDED.requested,
                    accepted = referral_stat.accepted + EXCLUDED.accepted,
                    declined = referral_stat.declined + EXCLUDED.declined,
                    withdrawn = referral_stat.withdrawn + EXCLUDED.withdrawn,
                    completed = referral_stat.completed + EXCLUDED.completed,
                    answered_in_time = referral_stat.answered_in_time + EXCLUDED.answered_in_time,
                    response_seconds = referral_stat.response_seconds + EXCLUDED.response_seconds""")) {
            statement.setArray(1, connection.createArrayOf("varchar", agency));
            statement.setArray(2, connection.createArrayOf("varchar", province));
            statement.setArray(3, connection.createArrayOf("date", month));
            for (int c = 0; c < sums.length; c++) {
                statement.setArray(4 + c, connection.createArrayOf("bigint", sums[c]));
            }
            statement.executeUpdate();
        }
        referrals.clear();
    }

    private boolean pending() {
        return !provinceDay.isEmpty() || !nationalDay.isEmpty() || !communeMonth.isEmpty() || !referrals.isEmpty()
                || !closures.isEmpty();
    }

    /** Once per transaction: a commit with deltas still in memory would lose counts, so it fails instead. */
    private void guard() {
        if (guarded) {
            return;
        }
        guarded = true;
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (pending()) {
                    throw new IllegalStateException("Cube deltas were added but not written before the commit");
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }
}
