package vn.cps.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * PostgreSQL 17 from the embedded binaries for the local stack:
 * {@code LocalPostgres <data-dir> <port> <database>...}. The data survives restarts; the given
 * databases are created when missing. Stops cleanly on SIGTERM.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LocalPostgres <data-dir> <port> <database>...");
            System.exit(2);
        }
        File data = new File(args[0]).getAbsoluteFile();
        File work = new File(data.getParentFile(), "pg-binaries");
        work.mkdirs();
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(work)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200");
        // The embedded defaults trade durability for speed (fsync and synchronous_commit off), which suits a
        // laptop; benchmarks set CPS_PG_DURABLE=true to measure with the settings of production.
        if (Boolean.parseBoolean(System.getenv("CPS_PG_DURABLE"))) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        // load-tests/census.sh counts every statement of every service (pg_stat_statements)
        if (Boolean.parseBoolean(System.getenv("CPS_PG_STATEMENT_STATS"))) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all")
                    .setServerConfig("pg_stat_statements.track_utility", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "postgres-stop"));
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                Statement statement = connection.createStatement()) {
            for (int i = 2; i < args.length; i++) {
                String name = args[i];
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Not a database name: " + name);
                }
                try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                    if (!rs.next()) {
                        statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                    }
                }
            }
        }
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port);
        stopped.await();
    }
}
