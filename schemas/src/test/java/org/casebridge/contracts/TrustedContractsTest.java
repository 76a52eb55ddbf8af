package org.casebridge.contracts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.util.ClassSecurityValidator;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.junit.jupiter.api.Test;

class TrustedContractsTest {

    @Test
    void trustsContractsButNotEverything() {
        TrustedContracts.ensureInstalled();
        TrustedContracts.ensureInstalled();

        assertThatCode(() -> ClassSecurityValidator.validate(ReferralSubmitted.class)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ClassSecurityValidator.validate(Test.class))
                .isInstanceOf(SecurityException.class);
    }
}
