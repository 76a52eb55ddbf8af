package org.casebridge.node.lead.command;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lead settings of a service.
 *
 * @param duplicateWindow how far back a new lead is compared with earlier ones (same patch, parcel or suspect)
 */
@ConfigurationProperties("casebridge.leads")
public record LeadProperties(@DefaultValue("30d") Duration duplicateWindow) {
}
