package vn.cps.plans.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cps.plans.domain.IndicatorValue;
import vn.cps.plans.domain.Plan;
import vn.cps.plans.domain.Target;

/** Plans, their targets and the indicator values they are read against. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** Plans a caller may read: national plans and those placed under one of the codes (null: all). */
    public List<Plan> visible(List<String> codes, int limit) {
        if (codes == null) {
            return find("order by periodStartYear desc, number").page(0, limit).list();
        }
        List<String> visible = new ArrayList<>(codes);
        visible.add("VN");
        return find("jurisdiction in ?1 order by periodStartYear desc, number", visible).page(0, limit).list();
    }

    /** Whether the unit that issued a plan (as recorded) has a plan with this number already. */
    public boolean numberTaken(String number, String recordedJurisdiction) {
        return count("number = ?1 and recordedJurisdiction = ?2", number, recordedJurisdiction) > 0;
    }

    public void add(Object record) {
        getEntityManager().persist(record);
    }

    public IndicatorValue value(UUID id) {
        return getEntityManager().find(IndicatorValue.class, id);
    }

    public Target target(UUID id) {
        return getEntityManager().find(Target.class, id);
    }

    public List<Target> targets(UUID planId) {
        return getEntityManager().createQuery("from Target t where t.planId = ?1 order by t.indicatorCode, t.id",
                Target.class).setParameter(1, planId).getResultList();
    }

    /** Targets that read this indicator in this jurisdiction over a period containing the year. */
    public List<Target> targetsReading(String indicatorCode, String jurisdiction, int year) {
        return getEntityManager().createQuery("""
                from Target t where t.indicatorCode = ?1 and t.jurisdiction = ?2
                 and t.periodStartYear <= ?3 and t.periodEndYear >= ?3""", Target.class)
                .setParameter(1, indicatorCode).setParameter(2, jurisdiction).setParameter(3, year).getResultList();
    }

    /** Targets whose period ended before the year and whose end (met or missed) is not settled yet. */
    public List<Target> endedUnsettled(int currentYear) {
        return getEntityManager().createQuery("""
                from Target t where t.periodEndYear < ?1
                 and t.announcedStatus not in (vn.cps.plans.domain.TargetStatus.MET, vn.cps.plans.domain.TargetStatus.MISSED)
                 order by t.periodEndYear, t.id""", Target.class)
                .setParameter(1, currentYear).setMaxResults(1000).getResultList();
    }

    /**
     * The yearly values of an indicator in a jurisdiction over years, the latest record of each year,
     * oldest year first: targets are set per year, so the half-years do not move them.
     */
    @SuppressWarnings("unchecked")
    public List<BigDecimal> series(String indicatorCode, String jurisdiction, int fromYear, int toYear) {
        return getEntityManager().createNativeQuery("""
                SELECT DISTINCT ON (year) value FROM indicator_value
                 WHERE indicator_code = :code AND jurisdiction = :jurisdiction AND year BETWEEN :from AND :to
                   AND period = 'Y'
                 ORDER BY year, recorded_at DESC""")
                .setParameter("code", indicatorCode).setParameter("jurisdiction", jurisdiction)
                .setParameter("from", fromYear).setParameter("to", toYear).getResultList();
    }

    /** Up to {@code limit} of the latest values for a jurisdiction, year and period, oldest first. */
    public List<IndicatorValue> values(String indicatorCode, String jurisdiction, int year, String period, int limit) {
        List<IndicatorValue> latest = new java.util.ArrayList<>(getEntityManager().createQuery("""
                from IndicatorValue v where v.indicatorCode = ?1 and v.jurisdiction = ?2 and v.year = ?3 and v.period = ?4
                 order by v.recordedAt desc, v.id desc""", IndicatorValue.class)
                .setParameter(1, indicatorCode).setParameter(2, jurisdiction).setParameter(3, year).setParameter(4, period)
                .setMaxResults(limit).getResultList());
        java.util.Collections.reverse(latest);
        return latest;
    }

    /** The latest value of an indicator for a jurisdiction, year and period, if any. */
    public java.util.Optional<IndicatorValue> latest(String indicatorCode, String jurisdiction, int year, String period) {
        return getEntityManager().createQuery("""
                from IndicatorValue v where v.indicatorCode = ?1 and v.jurisdiction = ?2 and v.year = ?3 and v.period = ?4
                 order by v.recordedAt desc, v.id""", IndicatorValue.class)
                .setParameter(1, indicatorCode).setParameter(2, jurisdiction).setParameter(3, year).setParameter(4, period)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The shares plan-service computes that divide by, or count, this indicator. */
    public List<vn.cps.plans.domain.Indicator> sharesOf(String indicatorCode) {
        return getEntityManager().createQuery("""
                from Indicator i where i.numeratorCode = ?1 or i.denominatorCode = ?1 order by i.code""",
                vn.cps.plans.domain.Indicator.class).setParameter(1, indicatorCode).getResultList();
    }

    public List<IndicatorValue> values(String indicatorCode, String jurisdiction) {
        return getEntityManager().createQuery("from IndicatorValue v where v.indicatorCode = ?1 and v.jurisdiction = ?2 "
                + "order by v.year, v.recordedAt", IndicatorValue.class)
                .setParameter(1, indicatorCode).setParameter(2, jurisdiction).getResultList();
    }
}
