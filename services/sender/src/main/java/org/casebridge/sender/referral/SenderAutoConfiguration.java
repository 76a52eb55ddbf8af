package org.casebridge.sender.referral;

import org.casebridge.node.referral.command.ReferralCommandAutoConfiguration;
import org.casebridge.node.referral.command.ReferralCommands;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Import;

/**
 * The sender's side of a referral, in the services of administrative agencies (those that depend on this
 * module): submission, drafts, withdrawal, supplements, reconsideration and supervision requests, evidence
 * handover, penalties and answers to judicial suggestions.
 */
@AutoConfiguration(after = ReferralCommandAutoConfiguration.class)
@ConditionalOnBean(ReferralCommands.class)
@Import({AdministrativeReferralController.class, AdministrativeFollowUpController.class,
        SuggestionAnswerController.class, ReferralDraftsConfiguration.class})
public class SenderAutoConfiguration {
}
