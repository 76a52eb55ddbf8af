package org.casebridge.rules.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.rules.unit.UnitIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisibilityPolicyTest {

    private static final AgencyRef FORESTRY = UnitIds.refOf("FORESTRY:150200");
    private static final AgencyRef POLICE = UnitIds.refOf("POLICE:150203");
    private static final AgencyRef COURT = UnitIds.refOf("COURT:150203");
    private static final AgencyRef PROCURATORATE = UnitIds.refOf("PROCURATORATE:150200");
    private static final AgencyRef OTHER_POLICE = UnitIds.refOf("POLICE:150102");

    private static final Reader SENDER = caller("zhang.xiaoming", FORESTRY);
    private static final Reader RECEIVER = caller("wang.wu", POLICE);
    private static final Reader TRIAL_COURT = caller("zhao.liu", COURT);
    private static final Reader SUPERVISOR = caller("sun.qi", PROCURATORATE);
    private static final Reader OUTSIDER = caller("zhou.ba", OTHER_POLICE);

    private final VisibilityPolicy policy = new VisibilityPolicy();

    @Test
    void showsOpenCaseToEveryAgencyButPersonalDataOnlyToAddressedOnes() {
        CaseAudience audience = referral(HandlingCode.H0, List.of());

        assertThat(policy.visibility(OUTSIDER, audience)).isEqualTo(Visibility.WITHOUT_PERSONAL_DATA);
        assertThat(policy.visibility(SENDER, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(RECEIVER, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(SUPERVISOR, audience)).isEqualTo(Visibility.FULL);
    }

    @Test
    void showsH1CaseToAddressedAgenciesAndSupervisorsOnly() {
        CaseAudience audience = referral(HandlingCode.H1, List.of());

        assertThat(policy.visibility(SENDER, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(RECEIVER, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(TRIAL_COURT, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(SUPERVISOR, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(OUTSIDER, audience)).isEqualTo(Visibility.HIDDEN);
    }

    @Test
    void hidesH2CaseFromSupervisors() {
        CaseAudience audience = referral(HandlingCode.H2, List.of());

        assertThat(policy.visibility(SENDER, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(RECEIVER, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(SUPERVISOR, audience)).isEqualTo(Visibility.HIDDEN);
        assertThat(policy.visibility(OUTSIDER, audience)).isEqualTo(Visibility.HIDDEN);
    }

    @Test
    void showsH3CaseToNamedOfficersOnly() {
        CaseAudience audience = referral(HandlingCode.H3, List.of(new NamedOfficer(POLICE, "wang.wu")));

        assertThat(policy.visibility(RECEIVER, audience)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(caller("li.si", POLICE), audience)).isEqualTo(Visibility.HIDDEN);
        assertThat(policy.visibility(SENDER, audience)).isEqualTo(Visibility.HIDDEN);
        assertThat(policy.visibility(SUPERVISOR, audience)).isEqualTo(Visibility.HIDDEN);
    }

    @Test
    void tellsNamedOfficersApartByUnitAsWellAsUsername() {
        CaseAudience audience = referral(HandlingCode.H3, List.of(new NamedOfficer(POLICE, "wang.wu")));

        assertThat(policy.visibility(caller("wang.wu", OTHER_POLICE), audience)).isEqualTo(Visibility.HIDDEN);
    }

    @Test
    void showsH3CaseWithoutPersonalDataToNamedOfficerOfUnaddressedUnit() {
        CaseAudience audience = referral(HandlingCode.H3, List.of(new NamedOfficer(OTHER_POLICE, "zhou.ba")));

        assertThat(policy.visibility(OUTSIDER, audience)).isEqualTo(Visibility.WITHOUT_PERSONAL_DATA);
    }

    @ParameterizedTest
    @EnumSource(HandlingCode.class)
    void neverShowsPersonalDataToUnaddressedAgencies(HandlingCode code) {
        CaseAudience audience = referral(code, List.of(new NamedOfficer(OTHER_POLICE, "zhou.ba")));

        assertThat(policy.visibility(OUTSIDER, audience).showsPersonalData()).isFalse();
    }

    @Test
    void countsTheCourtAsAddressedOnlyOnceItTriesTheCase() {
        CaseAudience beforeTrial = CaseAudience.referral(HandlingCode.H2, FORESTRY, POLICE, null,
                List.of(PROCURATORATE), List.of());

        assertThat(policy.visibility(TRIAL_COURT, beforeTrial)).isEqualTo(Visibility.HIDDEN);
    }

    @Test
    void showsLeadToEachAddresseeOfSeveral() {
        CaseAudience lead = new CaseAudience(HandlingCode.H2, List.of(FORESTRY, POLICE, OTHER_POLICE), List.of(),
                List.of());

        assertThat(policy.visibility(OUTSIDER, lead)).isEqualTo(Visibility.FULL);
        assertThat(policy.visibility(TRIAL_COURT, lead)).isEqualTo(Visibility.HIDDEN);
    }

    private static CaseAudience referral(HandlingCode code, List<NamedOfficer> officers) {
        return CaseAudience.referral(code, FORESTRY, POLICE, COURT, List.of(PROCURATORATE), officers);
    }

    private static Reader caller(String username, AgencyRef unit) {
        return new Officer(unit, username);
    }

    private record Officer(AgencyRef unit, String username) implements Reader {
    }
}
