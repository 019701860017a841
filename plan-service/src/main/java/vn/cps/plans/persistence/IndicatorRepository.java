package vn.cps.plans.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
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

    /** Inserts or refreshes one catalogue row from the shipped data file. */
    public void upsert(IndicatorRecord r) {
        getEntityManager().createNativeQuery("""
                INSERT INTO indicator (code, catalogue, indicator_set, official_code, group_name, name_vi, name_en, unit,
                                       calculation, disaggregation, publication_period, data_source, lead_agency,
                                       coordinating_agencies)
                VALUES (:code, :catalogue, :set, :officialCode, :group, :nameVi, :nameEn, :unit, :calculation,
                        :disaggregation, :period, :source, :lead, :coordinating)
                ON CONFLICT (code) DO UPDATE SET
                    catalogue = EXCLUDED.catalogue, indicator_set = EXCLUDED.indicator_set,
                    official_code = EXCLUDED.official_code, group_name = EXCLUDED.group_name, name_vi = EXCLUDED.name_vi,
                    name_en = EXCLUDED.name_en, unit = EXCLUDED.unit, calculation = EXCLUDED.calculation,
                    disaggregation = EXCLUDED.disaggregation, publication_period = EXCLUDED.publication_period,
                    data_source = EXCLUDED.data_source, lead_agency = EXCLUDED.lead_agency,
                    coordinating_agencies = EXCLUDED.coordinating_agencies""")
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
                .executeUpdate();
    }

    /** One entry of {@code reference/indicators.json}. */
    /** A row of the data file; {@code group} is the group's name, {@code set} I, II or NPA. */
    public record IndicatorRecord(String code, String catalogue, String set, String officialCode, String group,
            String nameVi, String nameEn, String unit,
            String calculation, List<String> disaggregation, String publicationPeriod, String dataSource,
            String leadAgency, List<String> coordinatingAgencies) {
    }
}
