package org.casebridge.exchange.referral.command;

import java.time.Clock;

import org.casebridge.exchange.command.AppliedEvents;
import org.casebridge.exchange.command.CaseCommands;
import org.casebridge.exchange.command.NotAppliedYetHandler;
import org.casebridge.exchange.projection.StoredCase;
import org.casebridge.exchange.referral.ReferralLifecycle;
import org.casebridge.exchange.referral.ReferralState;
import org.casebridge.exchange.referral.StoredReferral;
import org.casebridge.exchange.command.CommandProperties;
import org.casebridge.exchange.command.EventPublisher;
import org.casebridge.exchange.referral.ReferralProjection;
import org.casebridge.exchange.referral.ReferralProjectionAutoConfiguration;
import org.casebridge.exchange.referral.TimelineEntry;
import org.casebridge.exchange.referral.administrative.AdministrativeFollowUpController;
import org.casebridge.exchange.referral.administrative.AdministrativeReferralController;
import org.casebridge.exchange.referral.administrative.ReferralDraftsConfiguration;
import org.casebridge.exchange.referral.administrative.SuggestionAnswerController;
import org.casebridge.exchange.referral.query.ReferralQueries;
import org.casebridge.exchange.referral.rebuild.ProjectionRebuild;
import org.casebridge.exchange.referral.rebuild.ProjectionRebuildAutoConfiguration;
import org.casebridge.exchange.referral.query.ReferralViewController;
import org.casebridge.exchange.security.VisibilityPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The referral API of every agency service (servlet services that keep the referral projection): the command
 * path, the queries and {@code GET /api/referrals/{id}}; administrative agencies
 * ({@code casebridge.agency-type} FORESTRY or NATURAL_RESOURCES) also get the sender's endpoints.
 */
@AutoConfiguration(after = {ReferralProjectionAutoConfiguration.class, JacksonAutoConfiguration.class,
        org.casebridge.exchange.command.EventPublishingAutoConfiguration.class, ProjectionRebuildAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ReferralProjection.class)
@Import({ReferralViewController.class, NotAppliedYetHandler.class})
public final class ReferralCommandAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReferralQueries referralQueries(ReferralProjection projection, JdbcClient jdbc, JsonMapper json) {
        return new ReferralQueries(projection, new VisibilityPolicy(), jdbc, json, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    ReferralCommands referralCommands(JdbcClient jdbc, ReferralQueries queries, EventPublisher publisher,
                                      AppliedEvents<TimelineEntry> applied, JsonMapper json, CommandProperties commands,
                                      ObjectProvider<ProjectionRebuild> rebuild) {
        // Looked up once: an ObjectProvider resolves the bean anew on every call, which cost each command a lookup.
        ProjectionRebuild projectionRebuild = rebuild.getIfAvailable();
        Runnable admission = projectionRebuild == null ? () -> { } : projectionRebuild::refuseCommandsWhileRunning;
        return new ReferralCommands(new CaseCommands<>(jdbc,
                (caller, id) -> {
                    StoredReferral stored = queries.visibleTo(caller, id);
                    return new StoredCase<>(stored.state(), stored.head());
                },
                ReferralState::handlingCode, ReferralLifecycle::judge, publisher, applied, json,
                Clock.systemUTC(), commands.applyTimeout()), queries, admission);
    }

    /** The sender's endpoints and answers to judicial suggestions, in the services of administrative agencies only. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${casebridge.agency-type:}' == 'FORESTRY' or '${casebridge.agency-type:}' == 'NATURAL_RESOURCES'")
    @Import({AdministrativeReferralController.class, AdministrativeFollowUpController.class,
            SuggestionAnswerController.class, ReferralDraftsConfiguration.class})
    static class AdministrativeAgency {
    }
}
