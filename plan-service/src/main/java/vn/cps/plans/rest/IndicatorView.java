package vn.cps.plans.rest;

import java.util.List;
import vn.cps.plans.domain.Indicator;

/**
 * An indicator: its key ({@code code}: set + official code, or an internal key while the official
 * code is not known), its set (I, II of Circular 13/2021, or NPA), the official code (null when not
 * known) and its group's name. Fields the source does not give are null.
 */
public record IndicatorView(String code, String catalogue, String set, String officialCode, String group, String nameVi,
        String nameEn, String unit,
        String calculation, List<String> disaggregation, String publicationPeriod, String dataSource,
        String leadAgency, List<String> coordinatingAgencies, String measurement, String numeratorCode,
        String denominatorCode) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code(), i.catalogue(), i.set(), i.officialCode(), i.groupName(), i.nameVi(), i.nameEn(),
                i.unit(),
                i.calculation(), i.disaggregation(), i.publicationPeriod(), i.dataSource(), i.leadAgency(),
                i.coordinatingAgencies(), i.measurement(), i.numeratorCode(), i.denominatorCode());
    }
}
