package vn.cps.plans.rest;

import java.util.List;
import vn.cps.plans.domain.Indicator;

public record IndicatorView(String code, String catalogue, String group, String nameVi, String nameEn, String unit,
        String calculation, List<String> disaggregation, String publicationPeriod, String dataSource,
        String leadAgency, List<String> coordinatingAgencies) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code(), i.catalogue(), i.groupCode(), i.nameVi(), i.nameEn(), i.unit(),
                i.calculation(), i.disaggregation(), i.publicationPeriod(), i.dataSource(), i.leadAgency(),
                i.coordinatingAgencies());
    }
}
