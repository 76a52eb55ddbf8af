package org.casebridge.platform.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

class CasebridgeDefaultsEnvironmentPostProcessorTest {

    private static final String READINESS = "management.endpoint.health.group.readiness.include";
    private static final String BOOTSTRAP = "spring.kafka.bootstrap-servers";

    private final CasebridgeDefaultsEnvironmentPostProcessor processor = new CasebridgeDefaultsEnvironmentPostProcessor();

    @Test
    void suppliesSharedDefaults() {
        MockEnvironment environment = new MockEnvironment();

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(READINESS)).isEqualTo("readinessState,kafka,consumerLag");
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty(BOOTSTRAP)).isEqualTo("localhost:9092");
        assertThat(environment.getProperty("spring.kafka.consumer.properties.session.timeout.ms")).isEqualTo("10000");
        assertThat(environment.getProperty("spring.kafka.consumer.properties.heartbeat.interval.ms")).isEqualTo("3000");
    }

    @Test
    void yieldsToEveryOtherPropertySource() {
        MockEnvironment environment = new MockEnvironment().withProperty(READINESS, "readinessState");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(READINESS)).isEqualTo("readinessState");
    }

    @Test
    void takesBootstrapServersFromTheEnvironmentVariable() {
        MockEnvironment environment = new MockEnvironment().withProperty("KAFKA_BOOTSTRAP_SERVERS", "broker-1:9093");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(BOOTSTRAP)).isEqualTo("broker-1:9093");
    }

    @Test
    void appliesDockerDocumentOnlyUnderDockerProfile() {
        MockEnvironment docker = new MockEnvironment();
        docker.setActiveProfiles("docker");

        processor.postProcessEnvironment(docker, new SpringApplication());

        assertThat(docker.getProperty(BOOTSTRAP)).isEqualTo("kafka-1:9092,kafka-2:9092,kafka-3:9092");
        assertThat(docker.getProperty(READINESS)).isEqualTo("readinessState,kafka,consumerLag");
    }

    @Test
    void isRegisteredForEverySpringApplication() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off")) {
            assertThat(context.getEnvironment().getProperty(READINESS)).isEqualTo("readinessState,kafka,consumerLag");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
