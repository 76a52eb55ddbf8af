package org.casebridge.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.casebridge.contracts.common.AgencyType;
import org.casebridge.rules.unit.UnitIds;
import org.junit.jupiter.api.Test;

class AgencyDirectoryTest {

    private final AgencyDirectory directory = AgencyDirectory.bundled();

    @Test
    void bundledDirectoryLoadsWithoutKeysAndOnlySixDigitCodes() {
        assertThat(directory.units()).hasSizeGreaterThan(30).noneMatch(AgencyUnit::hasPublicKey);
        assertThat(directory.divisions()).containsEntry("150203", "昆都仑区").hasSize(34);
        assertThat(Stream.concat(directory.divisions().keySet().stream(),
                directory.units().stream().flatMap(unit -> Stream.concat(Stream.of(unit.divisionCode()),
                        unit.jurisdiction().stream()))))
                .allMatch(code -> code.matches("\\d{6}"));
    }

    @Test
    void bundledDirectoryHasFullSetOfUnitsPerCity() {
        for (String city : new String[] {"150100", "150200", "150400", "150800"}) {
            for (AgencyType type : new AgencyType[] {AgencyType.FORESTRY, AgencyType.NATURAL_RESOURCES,
                    AgencyType.POLICE, AgencyType.COURT, AgencyType.PROCURATORATE}) {
                assertThat(directory.unit(UnitIds.idOf(type, city)).jurisdiction()).containsExactly(city);
            }
        }
        assertThat(directory.unit("FORESTRY:150200").name()).isEqualTo("包头市林业和草原局");
        assertThat(directory.unit("COURT:150200").name()).isEqualTo("包头市中级人民法院");
        assertThat(directory.unit("PROCURATORATE:150200").name()).isEqualTo("包头市人民检察院");
        assertThat(directory.unitsOf(AgencyType.POLICE)).extracting(AgencyUnit::id)
                .contains("POLICE:150000", "POLICE:150203", "POLICE:150802");
    }

    @Test
    void routesDistrictCodeToItsDistrictPolice() {
        assertThat(directory.competentPoliceUnit("150203")).get()
                .extracting(AgencyUnit::id, AgencyUnit::name)
                .containsExactly("POLICE:150203", "包头市公安局昆都仑区分局");
    }

    @Test
    void routesBaotouCodeWithoutDistrictPoliceToCityPolice() {
        assertThat(directory.competentPoliceUnit("150222")).get()
                .extracting(AgencyUnit::id, AgencyUnit::name)
                .containsExactly("POLICE:150200", "包头市公安局");
    }

    @Test
    void routesToRegionPoliceWhenNoCityUnitCovers() {
        AgencyDirectory regionAndDistrict = DirectoryYaml.read("""
                divisions:
                  - {code: "150000", name: 内蒙古自治区}
                  - {code: "150200", name: 包头市}
                  - {code: "150203", name: 昆都仑区}
                  - {code: "150207", name: 九原区}
                units:
                  - {id: "POLICE:150000", name: 内蒙古自治区公安厅, jurisdiction: ["150000"]}
                  - {id: "POLICE:150203", name: 包头市公安局昆都仑区分局, jurisdiction: ["150203"]}
                """);

        assertThat(regionAndDistrict.competentPoliceUnit("150207")).get()
                .extracting(AgencyUnit::id).isEqualTo("POLICE:150000");
        assertThat(regionAndDistrict.competentPoliceUnit("150203")).get()
                .extracting(AgencyUnit::id).isEqualTo("POLICE:150203");
    }

    @Test
    void findsNoPoliceOutsideEveryJurisdiction() {
        assertThat(directory.competentPoliceUnit("110105")).isEmpty();
    }

    @Test
    void refusesMalformedDivisionCodeForRouting() {
        assertThatThrownBy(() -> directory.competentPoliceUnit("15020"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'15020' is not a six-digit");
    }

    @Test
    void tellsKnownDivisions() {
        assertThat(directory.isKnownDivision("150823")).isTrue();
        assertThat(directory.isKnownDivision("150299")).isFalse();
    }

    @Test
    void refusesUnknownUnit() {
        assertThatThrownBy(() -> directory.unit("POLICE:150206"))
                .isInstanceOf(UnknownAgencyUnitException.class)
                .hasMessage("unknown agency unit 'POLICE:150206': not listed in the agency directory");
        assertThat(directory.find("POLICE:150206")).isEmpty();
    }
}
