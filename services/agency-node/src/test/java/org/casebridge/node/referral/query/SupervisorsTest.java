package org.casebridge.node.referral.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.rules.unit.UnitIds;
import org.junit.jupiter.api.Test;

class SupervisorsTest {

    private final Supervisors supervisors = new Supervisors(AgencyDirectory.bundled());

    @Test
    void findsTheProcuratorateWhoseJurisdictionCoversThePoliceUnitMostSpecifically() {
        assertThat(supervisors.of(UnitIds.refOf("POLICE:150203"))).map(UnitIds::idOf).hasValue("PROCURATORATE:150200");
        assertThat(supervisors.of(UnitIds.refOf("POLICE:150200"))).map(UnitIds::idOf).hasValue("PROCURATORATE:150200");
        assertThat(supervisors.of(UnitIds.refOf("POLICE:150802"))).map(UnitIds::idOf).hasValue("PROCURATORATE:150800");
    }

    @Test
    void listsThePoliceUnitsAProcuratorateSupervises() {
        assertThat(supervisors.policeSupervisedBy("PROCURATORATE:150200")).contains("POLICE:150200", "POLICE:150203")
                .doesNotContain("POLICE:150802");
        assertThat(supervisors.policeSupervisedBy("POLICE:150203")).isEmpty();
    }
}
