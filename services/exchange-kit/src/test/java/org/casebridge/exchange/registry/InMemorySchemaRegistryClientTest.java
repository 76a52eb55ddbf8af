package org.casebridge.exchange.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryClientTest {

    static final Schema PROBE_V1 = new Schema.Parser().parse("""
            {"type":"record","name":"Probe","namespace":"org.casebridge.test",
             "fields":[{"name":"name","type":"string"}]}""");
    static final Schema PROBE_WITH_DEFAULT = new Schema.Parser().parse("""
            {"type":"record","name":"Probe","namespace":"org.casebridge.test",
             "fields":[{"name":"name","type":"string"},{"name":"count","type":"int","default":0}]}""");
    static final Schema PROBE_WITHOUT_DEFAULT = new Schema.Parser().parse("""
            {"type":"record","name":"Probe","namespace":"org.casebridge.test",
             "fields":[{"name":"name","type":"string"},{"name":"count","type":"int"}]}""");

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void givesTheSameIdToTheSameSchemaUnderTwoSubjects() {
        int first = registry.register("referrals-value", PROBE_V1);
        int second = registry.register("leads-value", PROBE_V1);

        assertThat(second).isEqualTo(first);
        assertThat(registry.register("referrals-value", PROBE_V1)).isEqualTo(first);
        assertThat(registry.lookUp("leads-value", PROBE_V1)).isEqualTo(first);
        assertThat(registry.schemaById(first)).isEqualTo(PROBE_V1);
    }

    @Test
    void numbersVersionsAndReturnsTheLatest() {
        registry.register("s", PROBE_V1);
        int id = registry.register("s", PROBE_WITH_DEFAULT);

        assertThat(registry.latest("s")).isEqualTo(
                new SchemaRegistryClient.RegisteredSchema("s", 2, id, PROBE_WITH_DEFAULT));
    }

    @Test
    void refusesBackwardIncompatibleSchemaWith409() {
        registry.register("s", PROBE_V1);

        assertThat(registry.isCompatible("s", PROBE_WITHOUT_DEFAULT)).isFalse();
        assertThat(registry.isCompatible("s", PROBE_WITH_DEFAULT)).isTrue();
        assertThatThrownBy(() -> registry.register("s", PROBE_WITHOUT_DEFAULT))
                .isInstanceOfSatisfying(IncompatibleSchemaException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(409))
                .hasMessageContaining("'s'");
    }

    @Test
    void acceptsAnythingUnderCompatibilityNone() {
        registry.register("s", PROBE_V1);
        registry.setCompatibility("s", "NONE");

        assertThat(registry.compatibility("s")).isEqualTo("NONE");
        assertThat(registry.compatibility(null)).isEqualTo("BACKWARD");
        assertThat(registry.register("s", PROBE_WITHOUT_DEFAULT)).isPositive();
    }

    @Test
    void reportsUnknownSubjectAs40401() {
        assertThatThrownBy(() -> registry.lookUp("nobody-value", PROBE_V1))
                .isInstanceOfSatisfying(SubjectNotFoundException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40401))
                .hasMessageContaining("nobody-value");
        assertThatThrownBy(() -> registry.latest("nobody-value")).isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void reportsSchemaNotUnderSubjectAndUnknownIdAs40403() {
        registry.register("s", PROBE_V1);

        assertThatThrownBy(() -> registry.lookUp("s", PROBE_WITH_DEFAULT))
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
