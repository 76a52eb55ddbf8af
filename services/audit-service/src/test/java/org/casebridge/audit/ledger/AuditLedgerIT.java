package org.casebridge.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.platform.testing.ServiceContexts.officer;
import static org.casebridge.platform.testing.ServiceContexts.user;
import static org.casebridge.platform.testing.ServiceRequests.awaitUntil;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.audit.AuditApplication;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.integrity.SigningSerializer;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.serde.AvroSerializer;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.ServiceContexts;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.unit.UnitIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The audit service on a real broker and registry: a valid referral, then four bad records keyed by the same case
 * (unsigned, forged by a flipped byte, an unknown schema id, bytes that are no frame at all), then another valid
 * referral. The auditor sees all six records in log order with the audit service's own verdicts, the bad bytes
 * exactly as they arrived, the valid events with the consumers' lifecycle verdict, and nothing after the poison
 * is lost. Only auditors may read the ledger.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt", "leads", "leads.dlt"})
class AuditLedgerIT {

    private static final String CASE = "BT-AUDIT-0001";
    private static final String LATER_CASE = "BT-AUDIT-0002";
    private static final String AUDITOR = "gao.ming";
    private static final String OFFICER = "zhang.xiaoming";

    private static ConfigurableApplicationContext audit;
    private static byte[] validFrame;

    @BeforeAll
    static void writeTheLogAndStartAudit(ApicurioRegistry registry) throws Exception {
        ServiceContexts services = ServiceContexts.on(registry);
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        HttpSchemaRegistryClient registryClient = new HttpSchemaRegistryClient(RegistryClientConfig.of(registry.url()));
        Map<String, Object> serde = Map.of("schema.registry.url", registry.url(),
                "value.subject.name.strategy", "TopicRecordNameStrategy");
        String forestry = UnitIds.idOf(SampleEvents.BAOTOU_FORESTRY);
        SigningSerializer signing = new SigningSerializer(new AvroSerializer(registryClient, serde, false),
                registryClient::schemaById, KeyRing.load(services.keys(), List.of(forestry)));

        RecordHeaders headers = new RecordHeaders();
        byte[] valid = signing.serialize("referrals", headers, SampleEvents.referralSubmitted(CASE));
        RecordHeaders laterHeaders = new RecordHeaders();
        byte[] later = signing.serialize("referrals", laterHeaders, SampleEvents.referralSubmitted(LATER_CASE));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("referrals", null, CASE, valid, headers)).get();
            producer.send(new ProducerRecord<>("referrals", CASE, valid)).get();
            producer.send(new ProducerRecord<>("referrals", null, CASE, flippedLastByte(valid), headers)).get();
            producer.send(new ProducerRecord<>("referrals", null, CASE, withSchemaId(valid, 987_654), headers)).get();
            producer.send(new ProducerRecord<>("referrals", null, CASE,
                    "这不是Avro {not avro}".getBytes(StandardCharsets.UTF_8), headers)).get();
            producer.send(new ProducerRecord<>("referrals", null, LATER_CASE, later, laterHeaders)).get();
        }
        audit = services.start(AuditApplication.class, "audit-ledger-it", null, List.of(
                user(AUDITOR, "高明", "PROCURATORATE:150000", "AUDITOR"),
                officer(OFFICER, "张晓明", forestry)));
        validFrame = valid;
    }

    @AfterAll
    static void stop() {
        ServiceContexts.closeAll(audit);
    }

    @Test
    void keepsEveryRecordOfACaseInLogOrderWithItsOwnVerdict() throws Exception {
        DocumentContext history = awaitUntil(() -> json(get(audit, AUDITOR, "/api/audit/cases/" + CASE)),
                h -> h.read("$.records.length()", Integer.class) == 5
                        && "ACCEPTED".equals(h.read("$.records[0].lifecycle", String.class)));

        assertThat(history.read("$.records[*].integrity", List.class)).containsExactly(
                "VERIFIED", "UNSIGNED", "FORGED_SIGNATURE", "UnknownSchemaIdException", "MALFORMED_FRAME");
        assertThat(history.read("$.records[*].offset", List.class)).containsExactly(0, 1, 2, 3, 4);
        assertThat(history.read("$.records[0].eventType", String.class)).isEqualTo("ReferralSubmitted");
        assertThat(history.read("$.records[0].signer", String.class)).isEqualTo("FORESTRY:150200");
        assertThat(history.read("$.records[0].payload", String.class)).contains(SampleEvents.LOCATION_TEXT);
        assertThat(Base64.getDecoder().decode(history.read("$.records[0].wireBytes", String.class)))
                .isEqualTo(validFrame);
        assertThat(Base64.getDecoder().decode(history.read("$.records[2].wireBytes", String.class)))
                .isEqualTo(flippedLastByte(validFrame));
        assertThat(history.read("$.records[2].integrityDetail", String.class)).contains("signature does not match");
        assertThat(history.read("$.records[2].lifecycle", String.class)).isNull();
    }

    @Test
    void losesNothingAfterThePoisonRecords() throws Exception {
        DocumentContext later = awaitUntil(() -> json(get(audit, AUDITOR, "/api/audit/cases/" + LATER_CASE)),
                h -> h.read("$.records.length()", Integer.class) == 1);

        assertThat(later.read("$.records[0].integrity", String.class)).isEqualTo("VERIFIED");
        assertThat(later.read("$.records[0].offset", Integer.class)).isEqualTo(5);
    }

    @Test
    void pagesTheRecordsThatFailedACheck() throws Exception {
        DocumentContext failed = awaitUntil(() -> json(get(audit, AUDITOR, "/api/audit/records?size=3")),
                page -> page.read("$.total", Integer.class) == 4);
        assertThat(failed.read("$.records[*].offset", List.class)).containsExactly(1, 2, 3);

        DocumentContext forged = json(get(audit, AUDITOR, "/api/audit/records?verdict=FORGED_SIGNATURE"));
        assertThat(forged.read("$.total", Integer.class)).isEqualTo(1);
        assertThat(forged.read("$.records[0].key", String.class)).isEqualTo(CASE);
    }

    @Test
    void opensTheLedgerToAuditorsOnly() throws Exception {
        var refused = get(audit, OFFICER, "/api/audit/cases/" + CASE);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).doesNotContain(SampleEvents.LOCATION_TEXT);
    }

    @Test
    void answersProblemsForUnknownCasesAndBadPages() throws Exception {
        assertThat(get(audit, AUDITOR, "/api/audit/cases/NO-SUCH-CASE").statusCode()).isEqualTo(404);
        var badSize = get(audit, AUDITOR, "/api/audit/records?size=0");
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(json(badSize).read("$.errors[0].field", String.class)).isEqualTo("size");
        assertThat(get(audit, AUDITOR, "/api/audit/records?size=abc").statusCode()).isEqualTo(400);
    }

    private static byte[] flippedLastByte(byte[] frame) {
        byte[] copy = frame.clone();
        copy[copy.length - 1] ^= 0x01;
        return copy;
    }

    private static byte[] withSchemaId(byte[] frame, int schemaId) {
        byte[] copy = frame.clone();
        ByteBuffer.wrap(copy, 1, 4).putInt(schemaId);
        return copy;
    }
}
