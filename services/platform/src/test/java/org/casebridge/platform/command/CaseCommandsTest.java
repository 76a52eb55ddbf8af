package org.casebridge.platform.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.integrity.ChainHead;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.projection.AppliedVerdict;
import org.casebridge.platform.projection.StoredCase;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.security.Role;
import org.casebridge.platform.web.ConflictException;
import org.casebridge.platform.web.IdempotencyKeyReusedException;
import org.casebridge.rules.lifecycle.Judgement;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command path's idempotency on H2 and a mock producer: the projection "applies" every event the producer
 * took, and the lifecycle accepts or refuses as a test says.
 */
class CaseCommandsTest {

    private static final Caller OFFICER = new Caller("zhang.xiaoming", "张晓明", SampleEvents.BAOTOU_FORESTRY,
            Set.of(Role.OFFICER));
    private static final String CASE = "RF-150203-2026-000000000001";

    private final MockProducer<String, Object> producer =
            new MockProducer<>(true, null, new StringSerializer(), (topic, value) -> new byte[0]);
    private final JdbcClient jdbc = JdbcClient.create(
            new DriverManagerDataSource("jdbc:h2:mem:case-commands-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    private String refusal;
    private CaseCommands<String, Verdict> commands;

    @BeforeEach
    void commands() throws IOException {
        try (InputStream table = getClass().getResourceAsStream("/db/migration/casebridge/V2__idempotency.sql")) {
            jdbc.sql(new String(table.readAllBytes(), StandardCharsets.UTF_8)).update();
        }
        AppliedEvents<Verdict> applied = new AppliedEvents<>(this::appliedVerdict, Duration.ofMillis(1));
        commands = new CaseCommands<>(jdbc, (caller, id) -> new StoredCase<>("RECEIVED", new ChainHead(1, "head")),
                state -> HandlingCode.H1,
                (state, event, meta) -> refusal == null ? Judgement.accept(state) : Judgement.refuse(state, refusal, "no"),
                new EventPublisher(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)), Duration.ofSeconds(5)),
                applied, JsonMapper.builder().build(), Clock.systemUTC(), Duration.ofSeconds(5));
    }

    @Test
    void answersARetryWithTheCaseTheFirstRequestOpenedAndPublishesOnce() {
        Verdict first = open("key-1", CASE, Map.of("cause", "盗伐林木"));
        Verdict retry = open("key-1", "RF-150203-2026-000000000002", Map.of("cause", "盗伐林木"));

        assertThat(first.accepted()).isTrue();
        assertThat(retry.caseId()).isEqualTo(CASE);
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void refusesTheKeyOfAnotherRequest() {
        open("key-2", CASE, Map.of("cause", "盗伐林木"));

        assertThatThrownBy(() -> open("key-2", CASE, Map.of("cause", "滥伐林木")))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void answersARetryWithItsFirstOutcomeWhenTheCaseHasMovedOnSince() {
        act("key-3");
        refusal = "ILLEGAL_TRANSITION";

        assertThat(act("key-3").accepted()).isTrue();
        assertThatThrownBy(() -> act("key-4")).isInstanceOf(ConflictException.class);
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void recordsNoKeyForARefusedCommand() {
        refusal = "ILLEGAL_TRANSITION";
        assertThatThrownBy(() -> act("key-5")).isInstanceOf(ConflictException.class);
        refusal = null;

        assertThat(act("key-5").accepted()).isTrue();
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void freesTheKeyWhenTheEventCouldNotBeAppended() {
        producer.sendException = new KafkaException("broker down");
        assertThatThrownBy(() -> open("key-6", CASE, Map.of("cause", "盗伐林木"))).isInstanceOf(KafkaException.class);
        producer.sendException = null;

        assertThat(open("key-6", CASE, Map.of("cause", "盗伐林木")).accepted()).isTrue();
        assertThat(producer.history()).hasSize(1);
    }

    private Verdict open(String key, String caseId, Object request) {
        return commands.open(OFFICER, key, "submit", caseId, HandlingCode.H1, request,
                meta -> ReferralSubmitted.newBuilder(SampleEvents.referralSubmitted(caseId)).setMeta(meta).build());
    }

    private Verdict act(String key) {
        return commands.act(OFFICER, key, "supplement", CASE, Map.of("notes", "补充"),
                meta -> ReferralSubmitted.newBuilder(SampleEvents.referralSubmitted(CASE)).setMeta(meta).build());
    }

    /** Every event the producer took counts as applied and accepted. */
    private Optional<Verdict> appliedVerdict(String eventId) {
        return producer.history().stream().map(record -> (ReferralSubmitted) record.value())
                .filter(event -> event.getMeta().getEventId().toString().equals(eventId)).findFirst()
                .map(event -> new Verdict(event.getMeta().getCaseId(), AppliedVerdict.ACCEPTED, null));
    }

    private record Verdict(String caseId, String verdict, String reason) implements AppliedVerdict {
    }
}
