package org.casebridge.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.casebridge.contracts.referral.ReferralSubmitted;
import org.junit.jupiter.api.Test;

class SerdeConfigTest {

    @Test
    void defaultsLikeConfluent() {
        assertThat(SerdeConfig.from(Map.of(), false))
                .isEqualTo(new SerdeConfig(true, false, false, SubjectNameStrategy.TOPIC_NAME));
    }

    @Test
    void readsFlagsAsBooleansOrStrings() {
        SerdeConfig config = SerdeConfig.from(Map.of(
                "auto.register.schemas", "false", "use.latest.version", true, "specific.avro.reader", " TRUE "), false);

        assertThat(config).isEqualTo(new SerdeConfig(false, true, true, SubjectNameStrategy.TOPIC_NAME));
    }

    @Test
    void readsKeyAndValueStrategiesUnderConfluentClassNames() {
        Map<String, String> configs = Map.of(
                "key.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy",
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy");

        assertThat(SerdeConfig.from(configs, true).strategy()).isEqualTo(SubjectNameStrategy.RECORD_NAME);
        assertThat(SerdeConfig.from(configs, false).strategy()).isEqualTo(SubjectNameStrategy.TOPIC_RECORD_NAME);
    }

    @Test
    void acceptsSimpleStrategyNames() {
        assertThat(SubjectNameStrategy.of("TopicNameStrategy")).isEqualTo(SubjectNameStrategy.TOPIC_NAME);
        assertThat(SubjectNameStrategy.of("RecordNameStrategy")).isEqualTo(SubjectNameStrategy.RECORD_NAME);
        assertThat(SubjectNameStrategy.of("TOPIC_RECORD_NAME")).isEqualTo(SubjectNameStrategy.TOPIC_RECORD_NAME);
    }

    @Test
    void namesSubjectsLikeConfluent() {
        var schema = ReferralSubmitted.getClassSchema();

        assertThat(SubjectNameStrategy.TOPIC_NAME.subject("referrals", false, schema)).isEqualTo("referrals-value");
        assertThat(SubjectNameStrategy.TOPIC_NAME.subject("referrals", true, schema)).isEqualTo("referrals-key");
        assertThat(SubjectNameStrategy.RECORD_NAME.subject("referrals", false, schema))
                .isEqualTo("org.casebridge.contracts.referral.ReferralSubmitted");
        assertThat(SubjectNameStrategy.TOPIC_RECORD_NAME.subject("referrals", false, schema))
                .isEqualTo("referrals-org.casebridge.contracts.referral.ReferralSubmitted");
    }

    @Test
    void rejectsUnknownStrategyAndBadFlag() {
        assertThatThrownBy(() -> SerdeConfig.from(Map.of("value.subject.name.strategy", "com.acme.Mine"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("com.acme.Mine");
        assertThatThrownBy(() -> SerdeConfig.from(Map.of("auto.register.schemas", "yes"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto.register.schemas");
    }
}
