package org.casebridge.sender.referral;

import org.casebridge.node.referral.command.ReferralCommands;
import org.casebridge.platform.directory.AgencyDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The submission path and the drafts of the administrative agencies' services. */
@Configuration(proxyBeanMethods = false)
@Import(ReferralDraftController.class)
public class ReferralDraftsConfiguration {

    @Bean
    ReferralSubmission referralSubmission(ReferralCommands commands, AgencyDirectory directory) {
        return new ReferralSubmission(commands, directory);
    }

    @Bean
    ReferralDrafts referralDrafts(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
        return new ReferralDrafts(jdbc, json, transactions);
    }
}
