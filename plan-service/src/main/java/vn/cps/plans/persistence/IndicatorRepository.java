package vn.cps.plans.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cps.plans.domain.Indicator;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    /** Indicators ordered by code, after the given code, optionally of one group or catalogue. */
    public List<Indicator> page(String afterCode, String groupCode, String catalogue, int limit) {
        StringBuilder query = new StringBuilder("from Indicator i where i.code > ?1");
        List<Object> params = new java.util.ArrayList<>(List.of(afterCode == null ? "" : afterCode));
        if (groupCode != null) {
            params.add(groupCode);
            query.append(" and i.groupCode = ?").append(params.size());
        }
        if (catalogue != null) {
            params.add(catalogue);
            query.append(" and i.catalogue = ?").append(params.size());
        }
        return find(query + " order by i.code", params.toArray()).page(0, limit).list();
    }

    /** Inserts or refreshes one catalogue row from the shipped data file. */
    public void upsert(IndicatorRecord r) {
        getEntityManager().createNativeQuery("""
                INSERT INTO indicator (code, catalogue, group_code, name_vi, name_en, unit, calculation, disaggregation,
                                       publication_period, data_source, lead_agency, coordinating_agencies)
                VALUES (:code, :catalogue, :group, :nameVi, :nameEn, :unit, :calculation, :disaggregation,
                        :period, :source, :lead, :coordinating)
                ON CONFLICT (code) DO UPDATE SET
                    catalogue = EXCLUDED.catalogue, group_code = EXCLUDED.group_code, name_vi = EXCLUDED.name_vi,
                    name_en = EXCLUDED.name_en, unit = EXCLUDED.unit, calculation = EXCLUDED.calculation,
                    disaggregation = EXCLUDED.disaggregation, publication_period = EXCLUDED.publication_period,
                    data_source = EXCLUDED.data_source, lead_agency = EXCLUDED.lead_agency,
                    coordinating_agencies = EXCLUDED.coordinating_agencies""")
                .setParameter("code", r.code())
                .setParameter("catalogue", r.catalogue())
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
    public record IndicatorRecord(String code, String catalogue, String group, String nameVi, String nameEn, String unit,
            String calculation, List<String> disaggregation, String publicationPeriod, String dataSource,
            String leadAgency, List<String> coordinatingAgencies) {
    }
}
