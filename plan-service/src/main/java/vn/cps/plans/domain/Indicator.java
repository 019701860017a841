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

    /** The set: I (situation of children) or II (abuse and sanctions) of Circular 13/2021, or NPA. */
    @Column(name = "indicator_set", nullable = false)
    private String set;

    /** The code the circular gives, within its set; null while it is not known. */
    @Column(name = "official_code")
    private String officialCode;

    @Column(name = "group_name")
    private String groupName;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    private String unit;

    @Column(length = 2000)
    private String calculation;

    /** Comma-separated disaggregation dimensions. */
    @Column(nullable = false)
    private String disaggregation;

    @Column(name = "publication_period")
    private String publicationPeriod;

    @Column(name = "data_source")
    private String dataSource;

    @Column(name = "lead_agency")
    private String leadAgency;

    /** Comma-separated agency codes. */
    @Column(name = "coordinating_agencies", nullable = false)
    private String coordinatingAgencies;

    /** How reporting-service measures it from case events, for the indicators case data can give. */
    @Column(length = 2000)
    private String measurement;

    /** For a share computed here: the indicator counted, and the one it is a share of (e.g. the child population). */
    @Column(name = "numerator_code")
    private String numeratorCode;

    @Column(name = "denominator_code")
    private String denominatorCode;

    protected Indicator() {
    }

    public String code() {
        return code;
    }

    public String catalogue() {
        return catalogue;
    }

    public String set() {
        return set;
    }

    public String officialCode() {
        return officialCode;
    }

    public String groupName() {
        return groupName;
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

    public String measurement() {
        return measurement;
    }

    public String numeratorCode() {
        return numeratorCode;
    }

    public String denominatorCode() {
        return denominatorCode;
    }

    public List<String> coordinatingAgencies() {
        return split(coordinatingAgencies);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }
}
