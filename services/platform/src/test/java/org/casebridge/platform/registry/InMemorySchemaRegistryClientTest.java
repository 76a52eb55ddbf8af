package org.casebridge.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casebridge.platform.testing.ProbeSchemas;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryClientTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void givesTheSameIdToTheSameSchemaUnderTwoSubjects() {
        int first = registry.register("referrals-value", ProbeSchemas.V1);
        int second = registry.register("leads-value", ProbeSchemas.V1);

        assertThat(second).isEqualTo(first);
        assertThat(registry.register("referrals-value", ProbeSchemas.V1)).isEqualTo(first);
        assertThat(registry.lookUp("leads-value", ProbeSchemas.V1)).isEqualTo(first);
        assertThat(registry.schemaById(first)).isEqualTo(ProbeSchemas.V1);
    }

    @Test
    void numbersVersionsAndReturnsTheLatest() {
        registry.register("s", ProbeSchemas.V1);
        int id = registry.register("s", ProbeSchemas.WITH_DEFAULT);

        assertThat(registry.latest("s")).isEqualTo(
                new SchemaRegistryClient.RegisteredSchema("s", 2, id, ProbeSchemas.WITH_DEFAULT));
    }

    @Test
    void refusesBackwardIncompatibleSchemaWith409() {
        registry.register("s", ProbeSchemas.V1);

        assertThat(registry.isCompatible("s", ProbeSchemas.WITHOUT_DEFAULT)).isFalse();
        assertThat(registry.isCompatible("s", ProbeSchemas.WITH_DEFAULT)).isTrue();
        assertThatThrownBy(() -> registry.register("s", ProbeSchemas.WITHOUT_DEFAULT))
                .isInstanceOfSatisfying(IncompatibleSchemaException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(409))
                .hasMessageContaining("'s'");
    }

    @Test
    void acceptsAnythingUnderCompatibilityNone() {
        registry.register("s", ProbeSchemas.V1);
        registry.setCompatibility("s", "NONE");

        assertThat(registry.compatibility("s")).isEqualTo("NONE");
        assertThat(registry.compatibility(null)).isEqualTo("BACKWARD");
        assertThat(registry.register("s", ProbeSchemas.WITHOUT_DEFAULT)).isPositive();
    }

    @Test
    void reportsUnknownSubjectAs40401() {
        assertThatThrownBy(() -> registry.lookUp("nobody-value", ProbeSchemas.V1))
                .isInstanceOfSatisfying(SubjectNotFoundException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40401))
                .hasMessageContaining("nobody-value");
        assertThatThrownBy(() -> registry.latest("nobody-value")).isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void reportsSchemaNotUnderSubjectAndUnknownIdAs40403() {
        registry.register("s", ProbeSchemas.V1);

        assertThatThrownBy(() -> registry.lookUp("s", ProbeSchemas.WITH_DEFAULT))
                .isInstanceOfSatisfying(SchemaNotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> registry.schemaById(4711))
                .isInstanceOf(SchemaNotFoundException.class).hasMessageContaining("4711");
    }

    @Test
    void rejectsUnknownCompatibilityLevel() {
        assertThatThrownBy(() -> registry.setCompatibility(null, "SIDEWAYS"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42203))
                .hasMessageContaining("SIDEWAYS");
    }
}
