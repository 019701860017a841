package vn.cps.plans.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cps.plans.config.CatalogueConfig;
import vn.cps.plans.domain.Indicator;
import vn.cps.plans.persistence.IndicatorRepository;
import vn.cps.plans.persistence.IndicatorRepository.IndicatorRecord;
import vn.cps.platform.problem.ProblemException;

/** The indicator catalogue: shipped as data, loaded at start, read by everyone who plans or reports. */
@ApplicationScoped
public class IndicatorCatalogue {

    private static final Logger LOG = Logger.getLogger(IndicatorCatalogue.class);

    private final IndicatorRepository indicators;
    private final ObjectMapper objectMapper;
    private final CatalogueConfig config;

    IndicatorCatalogue(IndicatorRepository indicators, ObjectMapper objectMapper, CatalogueConfig config) {
        this.indicators = indicators;
        this.objectMapper = objectMapper;
        this.config = config;
    }

    /** Upserts the shipped catalogue; idempotent, so every replica may run it. */
    @Transactional
    void load(@Observes StartupEvent event) {
        List<IndicatorRecord> records;
        String dataFile = config.dataFile();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(dataFile)) {
            if (in == null) {
                throw new IllegalStateException(dataFile + " is missing");
            }
            records = objectMapper.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("The indicator catalogue cannot be read", e);
        }
        records.forEach(indicators::upsert);
        LOG.infof("Indicator catalogue loaded: %d indicators", records.size());
    }

    /** A page of the catalogue and the cursor of the next one (null at the end). */
    public record Page(List<Indicator> items, String nextCursor) {
    }

    @Transactional
    public Page list(String cursor, String group, String catalogue, int limit) {
        List<Indicator> page = indicators.page(cursor, group, catalogue, limit + 1);
        if (page.size() > limit) {
            page = page.subList(0, limit);
            return new Page(page, page.get(limit - 1).code());
        }
        return new Page(page, null);
    }

    @Transactional
    public Indicator get(String code) {
        Indicator found = indicators.findById(code);
        if (found == null) {
            throw ProblemException.notFound("Indicator", code);
        }
        return found;
    }
}
