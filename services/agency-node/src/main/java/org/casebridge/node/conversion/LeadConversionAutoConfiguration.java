package org.casebridge.node.conversion;

import org.casebridge.node.lead.command.LeadApiAutoConfiguration;
import org.casebridge.node.lead.command.LeadCommands;
import org.casebridge.node.referral.command.ReferralCommandAutoConfiguration;
import org.casebridge.node.referral.query.ReferralQueries;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Import;

/** The lead conversion endpoint, in services that have both the lead API and the referral queries. */
@AutoConfiguration(after = {LeadApiAutoConfiguration.class, ReferralCommandAutoConfiguration.class})
@ConditionalOnBean({LeadCommands.class, ReferralQueries.class})
@Import(LeadConversionController.class)
public final class LeadConversionAutoConfiguration {
}
