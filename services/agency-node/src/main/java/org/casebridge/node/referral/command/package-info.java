/**
 * The referral command path every agency service shares: commands judged by the referral lifecycle against the
 * service's projection before they are published, then answered with the referral as it now stands; the agency
 * services' own controllers call it. Also checks request fields that name a directory unit, and auto-configures the
 * referral API (commands, queries and the referral read).
 */
package org.casebridge.node.referral.command;
