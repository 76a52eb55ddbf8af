package org.casebridge.node.referral.command;

import java.time.Clock;

import org.casebridge.node.referral.query.ReferralQueries;
import org.casebridge.node.referral.query.ReferralViewController;
import org.casebridge.node.referral.query.Supervisors;
import org.casebridge.node.referral.rebuild.ProjectionRebuild;
import org.casebridge.node.referral.rebuild.ProjectionRebuildAutoConfiguration;
import org.casebridge.platform.command.CaseCommands;
import org.casebridge.platform.command.CommandJournal;
import org.casebridge.platform.command.CommandProperties;
import org.casebridge.platform.command.EventPublisher;
import org.casebridge.platform.command.EventPublishingAutoConfiguration;
import org.casebridge.platform.command.RetryLaterHandler;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.projection.StoredCase;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.projections.referral.ReferralProjectionAutoConfiguration;
import org.casebridge.projections.referral.StoredReferral;
import org.casebridge.projections.referral.TimelineEntry;
import org.casebridge.rules.referral.ReferralLifecycle;
import org.casebridge.rules.referral.ReferralState;
import org.casebridge.rules.visibility.VisibilityPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referral API of every agency service (servlet services that keep the referral projection): the command
 * path, the queries and {@code GET /api/referrals/{id}}.
 */
@AutoConfiguration(after = {ReferralProjectionAutoConfiguration.class, JacksonAutoConfiguration.class,
        EventPublishingAutoConfiguration.class, ProjectionRebuildAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ReferralProjection.class)
@Import({ReferralViewController.class, RetryLaterHandler.class})
public final class ReferralCommandAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReferralQueries referralQueries(ReferralProjection projection, AgencyDirectory directory, JdbcClient jdbc,
                                    JsonMapper json) {
        return new ReferralQueries(projection, new VisibilityPolicy(), new Supervisors(directory), jdbc, json,
                Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    ReferralCommands referralCommands(CommandJournal journal, ReferralQueries queries, EventPublisher publisher,
                                      AppliedEvents<TimelineEntry> applied, JsonMapper json, CommandProperties commands,
                                      ObjectProvider<ProjectionRebuild> rebuild) {
        // Looked up once: an ObjectProvider resolves the bean anew on every call, which cost each command a lookup.
        ProjectionRebuild projectionRebuild = rebuild.getIfAvailable();
        Runnable admission = projectionRebuild == null ? () -> { } : projectionRebuild::refuseCommandsWhileRunning;
        return new ReferralCommands(new CaseCommands<>(journal,
                (caller, id) -> {
                    StoredReferral stored = queries.visibleTo(caller, id);
                    return new StoredCase<>(stored.state(), stored.head());
                },
                ReferralState::handlingCode, ReferralLifecycle::judge, publisher, applied, json,
                Clock.systemUTC(), commands), queries, admission);
    }
}
