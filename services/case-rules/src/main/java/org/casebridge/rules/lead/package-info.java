/**
 * The lead lifecycle as one transition table: notified, acknowledged, investigating, outcome reported, or merged
 * into an earlier lead or converted into a referral, with which unit may write each event. Holds the lead's state as
 * the table needs it and its statuses; the command path and every consumer and replay judge lead events with it.
 */
package org.casebridge.rules.lead;
