package vn.cps.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A statistical indicator (chỉ tiêu thống kê) of the catalogue: what is measured, how, split by
 * what, how often, from which source, and which agencies lead and coordinate.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    private String code;

    /** The document that defines it, e.g. Circular 13/2021 or the National Programme 2021-2030. */
    @Column(nullable = false)
    private String catalogue;

    @Column(name = "group_code", nullable = false)
    private String groupCode;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false, length = 2000)
    private String calculation;

    /** Comma-separated disaggregation dimensions. */
    @Column(nullable = false)
    private String disaggregation;

    @Column(name = "publication_period", nullable = false)
    private String publicationPeriod;

    @Column(name = "data_source", nullable = false)
    private String dataSource;

    @Column(name = "lead_agency", nullable = false)
    private String leadAgency;

    /** Comma-separated agency codes. */
    @Column(name = "coordinating_agencies", nullable = false)
    private String coordinatingAgencies;

    protected Indicator() {
    }

    public String code() {
        return code;
    }

    public String catalogue() {
        return catalogue;
    }

    public String groupCode() {
        return groupCode;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String unit() {
        return unit;
    }

    public String calculation() {
        return calculation;
    }

    public List<String> disaggregation() {
        return split(disaggregation);
    }

    public String publicationPeriod() {
        return publicationPeriod;
    }

    public String dataSource() {
        return dataSource;
    }

    public String leadAgency() {
        return leadAgency;
    }

    public List<String> coordinatingAgencies() {
        return split(coordinatingAgencies);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }
}
