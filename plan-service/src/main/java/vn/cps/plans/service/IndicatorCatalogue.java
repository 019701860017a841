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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cps.plans.config.CatalogueConfig;
import vn.cps.plans.domain.Indicator;
import vn.cps.plans.persistence.IndicatorRepository;
import vn.cps.plans.persistence.IndicatorRepository.IndicatorRecord;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;
import vn.cps.platform.text.VietnameseText;

/** The indicator catalogue: shipped as data, loaded at start, read by everyone who plans or reports. */
@ApplicationScoped
public class IndicatorCatalogue {

    private static final Logger LOG = Logger.getLogger(IndicatorCatalogue.class);

    private final IndicatorRepository indicators;
    private final ObjectMapper objectMapper;
    private final CatalogueConfig config;

    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    IndicatorCatalogue(IndicatorRepository indicators, ObjectMapper objectMapper, CatalogueConfig config, Caller caller) {
        this.caller = caller;
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

    /** An entry completed or added by an administrator; {@code created} when the key was new. */
    public record Edited(Indicator indicator, boolean created) {
    }

    /** A catalogue entry as an administrator writes it (the key comes from the path). */
    public record Entry(String catalogue, String set, String officialCode, String group, String nameVi, String nameEn,
            String unit, String calculation, List<String> disaggregation, String publicationPeriod, String dataSource,
            String leadAgency, List<String> coordinatingAgencies) {

        /** How an indicator is measured or computed is the software's, so an edit keeps what the entry had. */
        IndicatorRecord keyed(String code, Indicator before) {
            return new IndicatorRecord(code, catalogue, set, officialCode, group, nameVi, nameEn, unit, calculation,
                    disaggregation == null ? List.of() : disaggregation, publicationPeriod, dataSource, leadAgency,
                    coordinatingAgencies == null ? List.of() : coordinatingAgencies,
                    before == null ? null : before.measurement(), before == null ? null : before.numeratorCode(),
                    before == null ? null : before.denominatorCode());
        }
    }

    /** A change of the catalogue: who made it, when, and the entry before (null if new) and after, as JSON. */
    public record Change(String code, String changedBy, Instant changedAt, String before, String after) {
    }

    /**
     * Writes one catalogue entry as a national administrator completed it from the official text,
     * and keeps the change (who, when, before and after). The shipped file no longer overwrites it.
     * A Circular 13 key is its set and official code ({@code II-0101}); an internal key
     * ({@code I-X07}) stays when its official code becomes known, since targets refer to it.
     */
    @Transactional
    public Edited edit(String code, Entry entry) {
        if (caller.jurisdiction().level() != Jurisdiction.Level.NATIONAL) {
            throw ProblemException.unprocessable("code", "the catalogue is kept by national administrators");
        }
        Indicator before = indicators.findById(code);
        requireKeyFits(code, entry, before != null);
        String was = before == null ? null : json(IndicatorRecord.of(before));
        IndicatorRecord after = entry.keyed(code, before);
        Instant now = clock.instant();
        indicators.edit(after, caller.userId(), now);
        indicators.recordChange(code, caller.userId(), now, was, json(after));
        indicators.getEntityManager().flush();
        indicators.getEntityManager().clear();
        return new Edited(indicators.findById(code), before == null);
    }

    /** The changes an administrator made to one entry, newest first. */
    @Transactional
    public List<Change> changes(String code, int limit) {
        get(code);
        return indicators.changes(code, limit).stream()
                .map(c -> new Change(c.code(), c.changedBy(), c.changedAt(), c.before(), c.after())).toList();
    }

    private static void requireKeyFits(String code, Entry entry, boolean exists) {
        boolean circular = "CIRCULAR_13_2021".equals(entry.catalogue());
        if (circular == "NPA".equals(entry.set())) {
            throw ProblemException.unprocessable("set", "Circular 13/2021 has sets I and II; NPA is the national programme's");
        }
        if (!code.startsWith(entry.set() + "-")) {
            throw ProblemException.unprocessable("code", "a key begins with its set: " + entry.set() + "-");
        }
        boolean internal = code.startsWith(entry.set() + "-X");
        if (circular && entry.officialCode() != null && !internal && !code.equals(entry.set() + "-" + entry.officialCode())) {
            throw ProblemException.unprocessable("code", "the key of an indicator with an official code is "
                    + entry.set() + "-" + entry.officialCode());
        }
        if (circular && !exists && internal) {
            throw ProblemException.unprocessable("code", "internal keys are given by the shipped catalogue only; "
                    + "a new indicator is keyed by its set and official code");
        }
    }

    private String json(IndicatorRecord r) {
        try {
            return objectMapper.writeValueAsString(r);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A catalogue entry cannot be written as JSON", e);
        }
    }
}
