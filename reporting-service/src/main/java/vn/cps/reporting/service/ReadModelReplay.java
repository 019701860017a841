package vn.cps.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cps.platform.inbox.IdempotentConsumer;
import vn.cps.reporting.domain.TableComparison;
import vn.cps.reporting.persistence.ReplaySchemas;

/**
 * Replays the case events from the start of the topic into fresh tables and compares them with the
 * live read models, row for row: the proof that the statistics are a function of the events alone
 * (and a rebuild when they are not). The fresh tables are dropped afterwards.
 */
@ApplicationScoped
public class ReadModelReplay {

    private static final Logger LOG = Logger.getLogger(ReadModelReplay.class);

    private final ReplaySchemas schemas;
    private final CaseEventLog log;
    private final IdempotentConsumer consumer;

    ReadModelReplay(ReplaySchemas schemas, CaseEventLog log, IdempotentConsumer consumer) {
        this.schemas = schemas;
        this.log = log;
        this.consumer = consumer;
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ReplayResult",
            description = "What a replay of the case events into fresh read models found")
    public record Result(long records, long poison, boolean identical, List<TableComparison> tables) {
    }

    public Result run() {
        String schema = QuarkusTransaction.requiringNew().call(schemas::create);
        try {
            CaseEventLog.Reading reading = log.readAll((batch, effect) -> QuarkusTransaction.requiringNew().run(() -> {
                schemas.use(schema);
                consumer.applyOnce(batch, effect);
            }));
            List<TableComparison> tables = QuarkusTransaction.requiringNew()
                    .call(() -> schemas.compare(schema));
            boolean identical = tables.stream().allMatch(TableComparison::identical);
            LOG.infof("Replayed %d records (%d poison) into %s: %s", reading.records(), reading.poison(), schema,
                    identical ? "identical to the live read models" : "DIFFERENT from the live read models");
            return new Result(reading.records(), reading.poison(), identical, tables);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> schemas.drop(schema));
        }
    }
}
