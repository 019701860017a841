package vn.cps.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits.Commune;
import vn.cps.platform.reference.AdministrativeUnits.Province;
import vn.cps.platform.text.VietnameseText;

class AdministrativeUnitsTest {

    @Test
    void the_units_in_force_since_july_2025_are_all_loaded() {
        assertThat(AdministrativeUnits.provinces()).hasSize(34);
        assertThat(AdministrativeUnits.communes()).hasSize(3321);
        assertThat(AdministrativeUnits.communes().stream().collect(Collectors.groupingBy(Commune::type, Collectors.counting())))
                .containsEntry("xa", 2621L).containsEntry("phuong", 687L).containsEntry("dac_khu", 13L);
        assertThat(AdministrativeUnits.communesOf("48")).extracting(Commune::code).contains("20194", "20200")
                .doesNotContain("00004");
        assertThat(AdministrativeUnits.province("48")).map(Province::fullName).hasValue("Thành phố Đà Nẵng");
        assertThat(AdministrativeUnits.province("24")).map(Province::fullName).hasValue("Tỉnh Bắc Ninh");
        assertThat(AdministrativeUnits.name("20194")).hasValue("Phường Hải Vân");
        assertThat(AdministrativeUnits.name("20333")).hasValue("Đặc khu Hoàng Sa");
    }

    @Test
    void a_former_province_is_placed_in_the_province_it_became_part_of() {
        assertThat(AdministrativeUnits.isProvince("49")).isFalse();
        assertThat(AdministrativeUnits.successorProvince("49")).map(Province::code).hasValue("48");
        assertThat(AdministrativeUnits.successorProvince("27")).map(Province::code).hasValue("24");
        assertThat(AdministrativeUnits.successorProvince("48")).as("a current province has no successor").isEmpty();
        assertThat(AdministrativeUnits.place("49").orElseThrow().current()).isEqualTo("48");
        assertThat(AdministrativeUnits.place("VN").orElseThrow().current()).isEqualTo("VN");
        assertThat(AdministrativeUnits.place("99")).isEmpty();
    }

    @Test
    void a_merged_commune_goes_to_its_successor_and_a_split_one_to_its_province() {
        var merged = AdministrativeUnits.place("20230").orElseThrow();
        assertThat(merged.provinceCode()).isEqualTo("48");
        assertThat(merged.current()).isEqualTo("20242");
        var split = AdministrativeUnits.place("00019").orElseThrow();
        assertThat(split.communeCodes()).containsExactly("00004", "00070", "00190", "00226");
        assertThat(split.current()).isEqualTo("01");
        assertThat(AdministrativeUnits.place("00004").orElseThrow().current()).as("a code kept by a current commune is that commune")
                .isEqualTo("00004");
    }

    @Test
    void refusals_name_the_unit_and_what_it_became() {
        assertThatThrownBy(() -> AdministrativeUnits.requireCommune("communeCode", "20230", null))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("commune 20230 (Phường Thuận Phước) no longer exists since 2025-07-01; "
                        + "it became part of 20242 (Phường Hải Châu)");
        assertThatThrownBy(() -> AdministrativeUnits.requireCommune("communeCode", "00019", null))
                .hasMessageContaining("commune 00019 (Phường Điện Biên) no longer exists since 2025-07-01; it was divided between "
                        + "00004 (Phường Ba Đình), 00070 (Phường Hoàn Kiếm), 00190 (Phường Ô Chợ Dừa), "
                        + "00226 (Phường Văn Miếu - Quốc Tử Giám)");
        assertThatThrownBy(() -> AdministrativeUnits.requireCommune("communeCode", "12345", null))
                .hasMessageContaining("commune 12345 is not one of the 3,321 communes in force since 2025-07-01");
        assertThatThrownBy(() -> AdministrativeUnits.requireCommune("communeCode", "20194", "79"))
                .hasMessageContaining("commune 20194 (Phường Hải Vân) lies in province 48 (Thành phố Đà Nẵng), not in 79 "
                        + "(Thành phố Hồ Chí Minh)");
        assertThatThrownBy(() -> AdministrativeUnits.requireProvince("provinceCode", "49"))
                .hasMessageContaining("province 49 no longer exists since 2025-07-01; it became part of 48 (Thành phố Đà Nẵng)");
        assertThatThrownBy(() -> AdministrativeUnits.requireJurisdiction("jurisdiction", "99"))
                .hasMessageContaining("province 99 is not one of the 34 provinces");
        assertThat(AdministrativeUnits.requireCommune("communeCode", "20194", "48").fullName()).isEqualTo("Phường Hải Vân");
        assertThat(AdministrativeUnits.requireJurisdiction("jurisdiction", "VN")).isEqualTo("VN");
    }

    @Test
    void names_are_found_whatever_the_diacritics_and_the_place_of_the_tone_mark() {
        assertThat(VietnameseText.fold("Phường Hoà Khánh")).isEqualTo(VietnameseText.fold("phuong  hòa khanh"));
        assertThat(AdministrativeUnits.searchCommunes("Hoà Khánh", "48")).extracting(Commune::code).containsExactly("20200");
        assertThat(AdministrativeUnits.searchCommunes("hai van", null)).extracting(Commune::code).contains("20194");
        assertThat(AdministrativeUnits.searchCommunes("Đặc khu", null)).hasSize(13);
    }
}
