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
import vn.cps.platform.text.VietnameseText;

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

    /** What a caller looks for: a set, a catalogue, words of the group's name, words anywhere (each may be null). */
    public record Search(String set, String catalogue, String group, String text) {
    }

    /**
     * Indicators by code after the cursor; group and text match without diacritics or case, the
     * text in the key, the official code, the names, the group and the definition.
     */
    @Transactional
    public Page list(String cursor, Search search, int limit) {
        String group = search.group() == null ? null : VietnameseText.fold(search.group());
        String text = search.text() == null ? null : VietnameseText.fold(search.text());
        List<Indicator> page = indicators.ofSet(search.set(), search.catalogue()).stream()
                .filter(i -> cursor == null || i.code().compareTo(cursor) > 0)
                .filter(i -> group == null || VietnameseText.fold(String.valueOf(i.groupName())).contains(group))
                .filter(i -> text == null || VietnameseText.fold(String.join(" ", i.code(), String.valueOf(i.officialCode()),
                        i.nameVi(), String.valueOf(i.nameEn()), String.valueOf(i.groupName()),
                        String.valueOf(i.calculation()))).contains(text))
                .limit(limit + 1L).toList();
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
