package org.casebridge.node.lead.command;

import java.time.Clock;

import org.casebridge.node.lead.query.LeadQueries;
import org.casebridge.node.lead.query.LeadViewController;
import org.casebridge.platform.command.CaseCommands;
import org.casebridge.platform.command.CommandJournal;
import org.casebridge.platform.command.CommandProperties;
import org.casebridge.platform.command.EventPublisher;
import org.casebridge.platform.command.EventPublishingAutoConfiguration;
import org.casebridge.platform.command.RetryLaterHandler;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.projection.CaseEvent;
import org.casebridge.projections.lead.LeadProjection;
import org.casebridge.projections.lead.LeadProjectionAutoConfiguration;
import org.casebridge.rules.lead.LeadLifecycle;
import org.casebridge.rules.lead.LeadState;
import org.casebridge.rules.visibility.VisibilityPolicy;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead API of every agency service (servlet services that keep the lead projection): the command path, the
 * queries and the controllers. Every agency type gets the same endpoints; the lead lifecycle and the topic
 * catalogue decide who may do what.
 */
@AutoConfiguration(after = {LeadProjectionAutoConfiguration.class, JacksonAutoConfiguration.class,
        EventPublishingAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(LeadProjection.class)
@EnableConfigurationProperties(LeadProperties.class)
@Import({LeadViewController.class, LeadCommandController.class, RetryLaterHandler.class})
public final class LeadApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LeadQueries leadQueries(LeadProjection projection, JsonMapper json) {
        return new LeadQueries(projection, new VisibilityPolicy(), json);
    }

    @Bean
    @ConditionalOnMissingBean
    LeadCommands leadCommands(CommandJournal journal, LeadQueries queries, LeadProjection projection, EventPublisher publisher,
                              AppliedEvents<CaseEvent> applied, JsonMapper json, CommandProperties commands,
                              LeadProperties leads) {
        return new LeadCommands(new CaseCommands<LeadState, CaseEvent>(journal, queries::visibleTo, LeadState::handlingCode,
                LeadLifecycle::judge, publisher, applied, json, Clock.systemUTC(), commands),
                queries, projection, leads.duplicateWindow());
    }
}
