package org.casebridge.platform.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApicurioRegistryTest {

    @Test
    void explainsToRunThroughMavenWhenTheDistributionIsNotGiven() {
        assertThatThrownBy(() -> ApicurioRegistry.distribution(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ApicurioRegistry.DIST_PROPERTY).hasMessageContaining("through Maven");
    }

    @Test
    void explainsToRunThroughMavenWhenThePropertyWasNotResolved() {
        assertThatThrownBy(() -> ApicurioRegistry.distribution("${io.apicurio:apicurio-registry-app:tar.gz:all}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("through Maven");
    }

    @Test
    void rejectsADistributionThatIsNotAFile() {
        assertThatThrownBy(() -> ApicurioRegistry.distribution("target/no-such-registry.tar.gz"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-registry.tar.gz");
    }
}
