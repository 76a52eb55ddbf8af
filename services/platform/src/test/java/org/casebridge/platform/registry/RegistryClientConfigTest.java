package org.casebridge.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {

    @Test
    void readsSeveralCommaSeparatedUrlsWithoutTrailingSlashes() {
        RegistryClientConfig config = RegistryClientConfig.of(" http://reg-a:8081/ , https://reg-b:8443/apis/ccompat/v7");

        assertThat(config.baseUrls()).containsExactly(
                URI.create("http://reg-a:8081"), URI.create("https://reg-b:8443/apis/ccompat/v7"));
    }

    @Test
    void acceptsUrlsAsAListLikeKafkaConfigDefHandsThemOver() {
        RegistryClientConfig config = RegistryClientConfig.fromProperties(
                Map.of(RegistryClientConfig.URL, List.of("http://a:1", "http://b:2")));

        assertThat(config.baseUrls()).containsExactly(URI.create("http://a:1"), URI.create("http://b:2"));
    }

    @Test
    void buildsBasicAuthHeaderFromUserInfo() {
        RegistryClientConfig config = RegistryClientConfig.fromProperties(Map.of(
                RegistryClientConfig.URL, "http://reg:8081",
                RegistryClientConfig.CREDENTIALS_SOURCE, "USER_INFO",
                RegistryClientConfig.USER_INFO, "police-150203:s3cret"));

        assertThat(config.authorization()).contains("Basic cG9saWNlLTE1MDIwMzpzM2NyZXQ=");
        assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("cG9saWNl");
    }

    @Test
    void takesBasicAuthFromUrlUserInfoAndStripsItFromTheUrl() {
        RegistryClientConfig config = RegistryClientConfig.fromProperties(Map.of(
                RegistryClientConfig.URL, "http://police-150203:s3cret@reg:8081",
                RegistryClientConfig.CREDENTIALS_SOURCE, "URL"));

        assertThat(config.authorization()).contains("Basic cG9saWNlLTE1MDIwMzpzM2NyZXQ=");
        assertThat(config.baseUrls()).containsExactly(URI.create("http://reg:8081"));
    }

    @Test
    void sendsNoAuthorizationWithoutCredentialsSource() {
        assertThat(RegistryClientConfig.of("http://reg:8081").authorization()).isEmpty();
    }

    @Test
    void readsTimeoutsAndRetriesUnderConfluentNames() {
        RegistryClientConfig config = RegistryClientConfig.fromProperties(Map.of(
                RegistryClientConfig.URL, "http://reg:8081",
                RegistryClientConfig.CONNECT_TIMEOUT_MS, "250",
                RegistryClientConfig.REQUEST_TIMEOUT_MS, 1500,
                RegistryClientConfig.MAX_RETRIES, "4",
                RegistryClientConfig.RETRIES_WAIT_MS, "20"));

        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.maxRetries()).isEqualTo(4);
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void rejectsMissingUrl() {
        assertThatThrownBy(() -> RegistryClientConfig.fromProperties(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema.registry.url");
    }

    @Test
    void rejectsUnsupportedCredentialsSource() {
        assertThatThrownBy(() -> RegistryClientConfig.fromProperties(Map.of(
                RegistryClientConfig.URL, "http://reg:8081",
                RegistryClientConfig.CREDENTIALS_SOURCE, "SASL_INHERIT")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SASL_INHERIT");
    }

    @Test
    void rejectsUserInfoSourceWithoutUserInfo() {
        assertThatThrownBy(() -> RegistryClientConfig.fromProperties(Map.of(
                RegistryClientConfig.URL, "http://reg:8081",
                RegistryClientConfig.CREDENTIALS_SOURCE, "USER_INFO")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("basic.auth.user.info");
    }

    @Test
    void rejectsNonHttpUrl() {
        assertThatThrownBy(() -> RegistryClientConfig.of("ftp://reg:21"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://reg:21");
    }
}
