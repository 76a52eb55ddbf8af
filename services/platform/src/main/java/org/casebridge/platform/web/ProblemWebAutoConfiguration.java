package org.casebridge.platform.web;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem+json for every error of a servlet service, strict binding of request bodies ({@link StrictJson}), well-formed
 * queries and bodies ({@link WellFormedRequestFilter}), the request size limit and the form of an Idempotency-Key.
 * Runs before Boot's MVC configuration, whose own problem handler then backs off: it only registers when no
 * {@code ResponseEntityExceptionHandler} exists; and before Boot's error page, which gives way to
 * {@link ProblemErrorController}.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class},
        after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(WebLimitsProperties.class)
public final class ProblemWebAutoConfiguration {

    /** Before Spring Security's filter chain (order -100): an oversized body is refused before anything else. */
    static final int SIZE_LIMIT_FILTER_ORDER = -200;

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return new StrictJson();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
        return new ProblemResponseWriter(jsonMapper);
    }

    // A service with an exception handler of its own keeps it, and takes over the mapping of every error with it.
    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemExceptionHandler problemExceptionHandler() {
        return new ProblemExceptionHandler();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebLimitsProperties limits,
                                                                          ProblemResponseWriter writer) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(limits.maxRequestBytes().toBytes(), writer));
        registration.setOrder(SIZE_LIMIT_FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(ProblemResponseWriter writer) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyKeyFilter(writer));
        registration.setOrder(SIZE_LIMIT_FILTER_ORDER + 1);
        return registration;
    }

    /** After the size limit, which bounds what this filter reads. */
    @Bean
    FilterRegistrationBean<WellFormedRequestFilter> wellFormedRequestFilter(ProblemResponseWriter writer) {
        FilterRegistrationBean<WellFormedRequestFilter> registration = new FilterRegistrationBean<>(new WellFormedRequestFilter(writer));
        registration.setOrder(SIZE_LIMIT_FILTER_ORDER + 2);
        return registration;
    }

    /** Tomcat's own errors as problem+json ({@link ContainerErrorValve}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class ContainerErrors {

        @Bean
        TomcatContextCustomizer containerErrorValve() {
            // At the context's start: Boot puts its own error report valve on the host while preparing it.
            return context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    ContainerErrorValve.install((Host) context.getParent());
                }
            });
        }
    }
}
