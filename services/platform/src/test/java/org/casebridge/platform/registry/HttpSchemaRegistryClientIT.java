package org.casebridge.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.ProbeSchemas;
import org.casebridge.platform.testing.StubHttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ApicurioRegistryExtension.class)
class HttpSchemaRegistryClientIT {

    private final ApicurioRegistry apicurio;
    private HttpSchemaRegistryClient client;
    private String subject;

    HttpSchemaRegistryClientIT(ApicurioRegistry apicurio) {
        this.apicurio = apicurio;
    }

    @BeforeEach
    void newClientAndSubject() {
        client = new HttpSchemaRegistryClient(RegistryClientConfig.of(apicurio.url()));
        subject = "it-" + UUID.randomUUID();
    }

    /** A client with empty caches, so that answers come from the registry. */
    private HttpSchemaRegistryClient freshClient() {
        return new HttpSchemaRegistryClient(RegistryClientConfig.of(apicurio.url()));
    }

    @Test
    void registersLooksUpAndFetchesById() {
        int id = client.register(subject, ReferralSubmitted.getClassSchema());

        assertThat(freshClient().register(subject, ReferralSubmitted.getClassSchema())).isEqualTo(id);
        assertThat(freshClient().lookUp(subject, ReferralSubmitted.getClassSchema())).isEqualTo(id);
        assertThat(freshClient().register(subject + "-other", ReferralSubmitted.getClassSchema())).isEqualTo(id);
        Schema fetched = freshClient().schemaById(id);
        assertThat(SchemaNormalization.parsingFingerprint64(fetched))
                .isEqualTo(SchemaNormalization.parsingFingerprint64(ReferralSubmitted.getClassSchema()));
    }

    @Test
    void returnsTheLatestVersion() {
        client.register(subject, ProbeSchemas.V1);
        int id = client.register(subject, ProbeSchemas.WITH_DEFAULT);

        SchemaRegistryClient.RegisteredSchema latest = freshClient().latest(subject);

        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.id()).isEqualTo(id);
        assertThat(latest.subject()).isEqualTo(subject);
        assertThat(latest.schema().getField("count")).isNotNull();
    }

    @Test
    void checksCompatibilityUnderTheGlobalBackwardRule() {
        client.register(subject, ProbeSchemas.V1);

        assertThat(client.isCompatible(subject, ProbeSchemas.WITH_DEFAULT)).isTrue();
        assertThat(client.isCompatible(subject, ProbeSchemas.WITHOUT_DEFAULT)).isFalse();
        assertThat(client.isCompatible(subject + "-empty", ProbeSchemas.WITHOUT_DEFAULT)).isTrue();
    }

    @Test
    void writersRegisteringANewSubjectAtOnceAllGetItsId() {
        // Apicurio refuses the losers of the race with 409 "already exists"; the client looks the schema up then.
        List<CompletableFuture<Integer>> writers = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> freshClient().register(subject,
                        ReferralSubmitted.getClassSchema()))).toList();

        List<Integer> ids = writers.stream().map(CompletableFuture::join).distinct().toList();

        assertThat(ids).containsExactly(freshClient().lookUp(subject, ReferralSubmitted.getClassSchema()));
    }

    @Test
    void refusesIncompatibleSchemaWith409() {
        client.register(subject, ProbeSchemas.V1);

        assertThatThrownBy(() -> client.register(subject, ProbeSchemas.WITHOUT_DEFAULT))
                .isInstanceOfSatisfying(IncompatibleSchemaException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(409))
                .hasMessageContaining(subject).hasMessageContaining(apicurio.url());
    }

    @Test
    void refusesInvalidSchemaWith422() {
        Schema invalidDefault = new Schema.Parser().setValidateDefaults(false).parse("""
                {"type":"record","name":"Broken","namespace":"org.casebridge.test",
                 "fields":[{"name":"count","type":"int","default":"not a number"}]}""");

        assertThatThrownBy(() -> client.register(subject, invalidDefault))
                .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.errorCode()).isEqualTo(42201);
                })
                .hasMessageContaining(subject);
    }

    @Test
    void reportsUnknownSubjectAs40401() {
        assertThatThrownBy(() -> client.lookUp(subject, ProbeSchemas.V1))
                .isInstanceOfSatisfying(SubjectNotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo(40401))
                .hasMessageContaining(subject);
        assertThatThrownBy(() -> client.latest(subject)).isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void reportsUnknownSchemaIdAs40403() {
        assertThatThrownBy(() -> client.schemaById(987_654))
                .isInstanceOfSatisfying(SchemaNotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo(40403))
                .hasMessageContaining("987654").hasMessageContaining(apicurio.url());
    }

    @Test
    void readsAndWritesCompatibilityConfig() {
        client.register(subject, ProbeSchemas.V1);

        client.setCompatibility(subject, "FULL");

        assertThat(client.compatibility(subject)).isEqualTo("FULL");
        // Apicurio reports NONE globally even with the global BACKWARD rule; any known level is fine here.
        assertThat(client.compatibility(null)).isIn("NONE", "BACKWARD");
    }

    @Test
    void failsOverToTheNextUrl() {
        HttpSchemaRegistryClient failingOver = new HttpSchemaRegistryClient(
                RegistryClientConfig.of(StubHttpServer.closedPortUrl() + "," + apicurio.url()));

        assertThat(failingOver.register(subject, ProbeSchemas.V1)).isEqualTo(client.lookUp(subject, ProbeSchemas.V1));
    }

    @Test
    void reportsClosedPortAsUnavailable() {
        String url = StubHttpServer.closedPortUrl();
        HttpSchemaRegistryClient unreachable = HttpSchemaRegistryClient.fromProperties(Map.of(
                RegistryClientConfig.URL, url, RegistryClientConfig.MAX_RETRIES, 1,
                RegistryClientConfig.RETRIES_WAIT_MS, 10));

        assertThatThrownBy(() -> unreachable.schemaById(1))
                .isInstanceOfSatisfying(RegistryUnavailableException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(SchemaRegistryException.NO_STATUS))
                .hasMessageContaining(url).hasMessageContaining("schema id 1");
    }

    @Test
    void retriesServerErrorsBoundedlyThenReportsUnavailable() {
        try (StubHttpServer failing = StubHttpServer.answering(500,
                "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}")) {
            HttpSchemaRegistryClient retrying = HttpSchemaRegistryClient.fromProperties(Map.of(
                    RegistryClientConfig.URL, failing.url(), RegistryClientConfig.MAX_RETRIES, 2,
                    RegistryClientConfig.RETRIES_WAIT_MS, 10));

            assertThatThrownBy(() -> retrying.register(subject, ProbeSchemas.V1))
                    .isInstanceOfSatisfying(RegistryUnavailableException.class,
                            e -> assertThat(e.httpStatus()).isEqualTo(500))
                    .hasMessageContaining("backend data store").hasMessageContaining(subject);
            assertThat(failing.calls()).isEqualTo(3);
        }
    }

    @Test
    void sendsConfluentMediaTypeAndBasicAuth() {
        try (StubHttpServer registry = StubHttpServer.answering(200, "{\"id\":42}")) {
            HttpSchemaRegistryClient authenticated = HttpSchemaRegistryClient.fromProperties(Map.of(
                    RegistryClientConfig.URL, registry.url(),
                    RegistryClientConfig.CREDENTIALS_SOURCE, "USER_INFO",
                    RegistryClientConfig.USER_INFO, "police-150203:s3cret"));

            assertThat(authenticated.register(subject, ProbeSchemas.V1)).isEqualTo(42);
            assertThat(authenticated.register(subject, ProbeSchemas.V1)).isEqualTo(42);

            assertThat(registry.calls()).as("the second registration is answered from the cache").isEqualTo(1);
            var headers = registry.requestHeaders().get(0);
            assertThat(headers.getFirst("Authorization")).isEqualTo("Basic cG9saWNlLTE1MDIwMzpzM2NyZXQ=");
            assertThat(headers.getFirst("Accept")).isEqualTo(HttpSchemaRegistryClient.MEDIA_TYPE);
            assertThat(headers.getFirst("Content-Type")).isEqualTo(HttpSchemaRegistryClient.MEDIA_TYPE);
        }
    }
}
