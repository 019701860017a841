package vn.cps.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A fresh database on the shared test PostgreSQL server for one Quarkus application under test. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String prefix = "cps";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase(prefix);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // the server stops with the JVM; the database goes with its data directory
    }
}
