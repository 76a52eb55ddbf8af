package org.casebridge.platform.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.command.IdempotencyStore.RecordedCommand;
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
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command path's idempotency and outbox on H2 and a mock producer: the projection "applies" every event the
 * producer took, and the lifecycle accepts or refuses as a test says. (The broker's real failures and a killed
 * service are the end-to-end BrokerOutageIT's.)
 */
class CaseCommandsTest {

    private static final Caller OFFICER = new Caller("zhang.xiaoming", "张晓明", SampleEvents.BAOTOU_FORESTRY,
            Set.of(Role.OFFICER));
    private static final String CASE = "RF-150203-2026-000000000001";

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final DataSource database =
            new DriverManagerDataSource("jdbc:h2:mem:case-commands-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
    private final CommandProperties bounds = new CommandProperties(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofMillis(1), Duration.ofSeconds(1), Duration.ofSeconds(5));
    private String refusal;
    private EventPublisher publisher;
    private CaseCommands<String, Verdict> commands;

    @BeforeEach
    void commands() {
        Flyway.configure().dataSource(database).locations("classpath:db/migration/casebridge").load().migrate();
        AppliedEvents<Verdict> applied = new AppliedEvents<>(this::appliedVerdict, Duration.ofMillis(1));
        // The value on the "log" is the event id: enough for the projection stand-in below to know what it took.
        Serializer<Object> eventIds = (topic, event) ->
                ((ReferralSubmitted) event).getMeta().getEventId().toString().getBytes(StandardCharsets.UTF_8);
        publisher = new EventPublisher(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)), eventIds,
                Duration.ofSeconds(5));
        commands = new CaseCommands<>(new CommandJournal(jdbc, transactions, Duration.ZERO),
                (caller, id) -> new StoredCase<>("RECEIVED", new ChainHead(1, "head")),
                state -> HandlingCode.H1,
                (state, event, meta) -> refusal == null ? Judgement.accept(state) : Judgement.refuse(state, refusal, "no"),
                publisher, applied, JsonMapper.builder().build(), Clock.systemUTC(), bounds);
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
    void keepsTheEventOfACommandTheBrokerDidNotTakeForTheRelay() {
        producer.sendException = new KafkaException("broker down");
        assertThatThrownBy(() -> open("key-6", CASE, Map.of("cause", "盗伐林木")))
                .isInstanceOf(NotAppendedYetException.class);
        assertThatThrownBy(() -> open("key-6", CASE, Map.of("cause", "盗伐林木")))
                .as("a retry before the relay appended the event").isInstanceOf(NotAppendedYetException.class);
        producer.sendException = null;

        assertThat(relay(Clock.offset(Clock.systemUTC(), bounds.retryAfter())).relayDue()).isOne();
        assertThat(open("key-6", CASE, Map.of("cause", "盗伐林木")).accepted()).isTrue();
        assertThat(producer.history()).hasSize(1);
        assertThat(relay(Clock.offset(Clock.systemUTC(), Duration.ofDays(1))).relayDue()).isZero();
    }

    @Test
    void relaysTheSameRecordOfACommandWhoseOwnSendNeverHappened() {
        String eventId = UUID.randomUUID().toString();
        PendingEvent event = new PendingEvent(eventId, "referrals", CASE,
                List.of(new RecordHeader("cb-signer", "FORESTRY:150203".getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader("empty", null)), eventId.getBytes(StandardCharsets.UTF_8));
        new CommandJournal(jdbc, transactions, Duration.ZERO).record(OFFICER.unitId(), "key-7",
                new RecordedCommand("digest", eventId, CASE), event, Instant.now());

        assertThat(relay(Clock.systemUTC()).relayDue()).isOne();

        ProducerRecord<String, byte[]> sent = producer.history().get(0);
        assertThat(sent.key()).isEqualTo(CASE);
        assertThat(sent.value()).isEqualTo(event.value());
        assertThat(sent.headers().toArray()).containsExactlyElementsOf(event.headers());
        assertThat(appliedVerdict(eventId)).isPresent();
    }

    private OutboxRelay relay(Clock clock) {
        return new OutboxRelay(jdbc, transactions, publisher, clock, bounds.relayInterval(), bounds.retryAfter());
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
        return producer.history().stream()
                .filter(record -> new String(record.value(), StandardCharsets.UTF_8).equals(eventId)).findFirst()
                .map(record -> new Verdict(record.key(), AppliedVerdict.ACCEPTED, null));
    }

    private record Verdict(String caseId, String verdict, String reason) implements AppliedVerdict {
    }
}
