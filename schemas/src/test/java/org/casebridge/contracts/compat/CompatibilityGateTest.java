package org.casebridge.contracts.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityGateTest {

    private static final String SUBMITTED = ReferralSubmitted.getClassSchema().getFullName();

    @Test
    void everyCurrentSchemaReadsEveryReleasedVersion() {
        List<Release> releases = ReleaseFiles.readAll(Path.of("released"));

        assertThat(releases).as("released snapshots kept in schemas/released").isNotEmpty();
        assertThat(CompatibilityGate.check(CurrentContracts.eventSchemas(), releases)).isEmpty();
    }

    @Test
    void failsANewFieldWithoutDefault() {
        Map<String, Schema> changed = withReferralSubmitted(
                "{\"name\":\"priority\",\"type\":\"int\"}");

        assertThat(CompatibilityGate.check(changed, List.of(currentRelease())))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.fullName()).isEqualTo(SUBMITTED);
                    assertThat(v.reason()).contains("READER_FIELD_MISSING_DEFAULT").contains("priority");
                });
    }

    @Test
    void passesANewFieldWithDefault() {
        Map<String, Schema> changed = withReferralSubmitted(
                "{\"name\":\"priority\",\"type\":\"int\",\"default\":0}");

        assertThat(CompatibilityGate.check(changed, List.of(currentRelease()))).isEmpty();
    }

    @Test
    void failsAChangedFieldTypeAgainstAnOlderReleaseToo(@TempDir Path released) {
        ReleaseFiles.write(released, 1, CurrentContracts.eventSchemas());
        ReleaseFiles.write(released, 2, withReferralSubmitted("{\"name\":\"priority\",\"type\":\"int\",\"default\":0}"));
        Map<String, Schema> changed = withReferralSubmitted(
                "{\"name\":\"priority\",\"type\":\"string\",\"default\":\"\"}");

        assertThat(CompatibilityGate.check(changed, ReleaseFiles.readAll(released)))
                .extracting(CompatibilityGate.Violation::release)
                .containsExactly("2");
    }

    @Test
    void failsARemovedEventType() {
        Map<String, Schema> changed = new HashMap<>(CurrentContracts.eventSchemas());
        changed.remove(SUBMITTED);

        assertThat(CompatibilityGate.check(changed, List.of(currentRelease())))
                .singleElement()
                .satisfies(v -> assertThat(v.reason()).contains("removed"));
    }

    @Test
    void writesAndReadsAReleaseUnchanged(@TempDir Path released) {
        ReleaseFiles.write(released, 1, CurrentContracts.eventSchemas());

        assertThat(ReleaseFiles.readAll(released)).singleElement()
                .satisfies(r -> assertThat(r.schemas()).isEqualTo(CurrentContracts.eventSchemas()));
    }

    private static Release currentRelease() {
        return new Release("1", CurrentContracts.eventSchemas());
    }

    /** The current contracts with one extra field appended to ReferralSubmitted. */
    private static Map<String, Schema> withReferralSubmitted(String extraField) {
        String json = ReferralSubmitted.getClassSchema().toString();
        String changed = json.substring(0, json.length() - 2) + "," + extraField + "]}";
        Map<String, Schema> schemas = new HashMap<>(CurrentContracts.eventSchemas());
        schemas.put(SUBMITTED, new Schema.Parser().parse(changed));
        return schemas;
    }
}
