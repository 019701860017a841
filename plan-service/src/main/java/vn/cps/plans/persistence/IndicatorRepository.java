package vn.cps.plans.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cps.plans.domain.Indicator;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    /**
     * Indicators ordered by code, optionally of one set or catalogue. The catalogue is reference data
     * of some dozens of rows, so text filters apply to this list in the service.
     */
    public List<Indicator> ofSet(String set, String catalogue) {
        StringBuilder query = new StringBuilder("from Indicator i where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (set != null) {
            params.add(set);
            query.append(" and i.set = ?").append(params.size());
        }
        if (catalogue != null) {
            params.add(catalogue);
            query.append(" and i.catalogue = ?").append(params.size());
        }
        return find(query + " order by i.code", params.toArray()).list();
    }

    /** Inserts or refreshes one catalogue row from the shipped data file; a row an administrator edited stays. */
    public void upsert(IndicatorRecord r) {
        write(r, null, null);
    }

    /** Inserts or replaces one catalogue row as an administrator completed it. */
    public void edit(IndicatorRecord r, String editedBy, Instant editedAt) {
        write(r, editedBy, editedAt);
    }

    /** Keeps a change of the catalogue: who, when, the entry before (null for a new one) and after, as JSON. */
    public void recordChange(String code, String changedBy, Instant changedAt, String before, String after) {
        getEntityManager().createNativeQuery("""
                INSERT INTO indicator_change (id, code, changed_by, changed_at, before_entry, after_entry)
                VALUES (:id, :code, :by, :at, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .setParameter("id", UUID.randomUUID()).setParameter("code", code).setParameter("by", changedBy)
                .setParameter("at", changedAt).setParameter("before", before).setParameter("after", after)
                .executeUpdate();
    }

    /** A change of the catalogue as kept. */
    public record Change(String code, String changedBy, Instant changedAt, String before, String after) {
    }

    /** The changes of one entry, newest first. */
    @SuppressWarnings("unchecked")
    public List<Change> changes(String code, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT code, changed_by, changed_at, CAST(before_entry AS text), CAST(after_entry AS text)
                  FROM indicator_change WHERE code = :code ORDER BY changed_at DESC, id LIMIT :limit""")
                .setParameter("code", code).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Change((String) r[0], (String) r[1], toInstant(r[2]), (String) r[3],
                (String) r[4])).toList();
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }

    private void write(IndicatorRecord r, String editedBy, Instant editedAt) {
        getEntityManager().createNativeQuery("""
                INSERT INTO indicator (code, catalogue, indicator_set, official_code, group_name, name_vi, name_en, unit,
                                       calculation, disaggregation, publication_period, data_source, lead_agency,
                                       coordinating_agencies, measurement, numerator_code, denominator_code,
                                       edited_by, edited_at)
                VALUES (:code, :catalogue, :set, :officialCode, :group, :nameVi, :nameEn, :unit, :calculation,
                        :disaggregation, :period, :source, :lead, :coordinating, :measurement, :numerator, :denominator,
                        :editedBy, :editedAt)
                ON CONFLICT (code) DO UPDATE SET edited_by = :editedBy, edited_at = :editedAt,
                    catalogue = EXCLUDED.catalogue, indicator_set = EXCLUDED.indicator_set,
                    official_code = EXCLUDED.official_code, group_name = EXCLUDED.group_name, name_vi = EXCLUDED.name_vi,
                    name_en = EXCLUDED.name_en, unit = EXCLUDED.unit, calculation = EXCLUDED.calculation,
                    disaggregation = EXCLUDED.disaggregation, publication_period = EXCLUDED.publication_period,
                    data_source = EXCLUDED.data_source, lead_agency = EXCLUDED.lead_agency,
                    coordinating_agencies = EXCLUDED.coordinating_agencies, measurement = EXCLUDED.measurement,
                    numerator_code = EXCLUDED.numerator_code, denominator_code = EXCLUDED.denominator_code
                WHERE :edit OR indicator.edited_at IS NULL""")
                .setParameter("edit", editedBy != null)
                .setParameter("editedBy", editedBy)
                .setParameter("editedAt", editedAt == null ? null : java.sql.Timestamp.from(editedAt))
                .setParameter("code", r.code())
                .setParameter("catalogue", r.catalogue())
                .setParameter("set", r.set())
                .setParameter("officialCode", r.officialCode())
                .setParameter("group", r.group())
                .setParameter("nameVi", r.nameVi())
                .setParameter("nameEn", r.nameEn())
                .setParameter("unit", r.unit())
                .setParameter("calculation", r.calculation())
                .setParameter("disaggregation", String.join(",", r.disaggregation()))
                .setParameter("period", r.publicationPeriod())
                .setParameter("source", r.dataSource())
                .setParameter("lead", r.leadAgency())
                .setParameter("coordinating", String.join(",", r.coordinatingAgencies()))
                .setParameter("measurement", r.measurement())
                .setParameter("numerator", r.numeratorCode())
                .setParameter("denominator", r.denominatorCode())
                .executeUpdate();
    }

    /** A row of the data file; {@code group} is the group's name, {@code set} I, II or NPA. */
    public record IndicatorRecord(String code, String catalogue, String set, String officialCode, String group,
            String nameVi, String nameEn, String unit,
            String calculation, List<String> disaggregation, String publicationPeriod, String dataSource,
            String leadAgency, List<String> coordinatingAgencies, String measurement, String numeratorCode,
            String denominatorCode) {

        public static IndicatorRecord of(Indicator i) {
            return new IndicatorRecord(i.code(), i.catalogue(), i.set(), i.officialCode(), i.groupName(), i.nameVi(),
                    i.nameEn(), i.unit(), i.calculation(), i.disaggregation(), i.publicationPeriod(), i.dataSource(),
                    i.leadAgency(), i.coordinatingAgencies(), i.measurement(), i.numeratorCode(), i.denominatorCode());
        }
    }
}
