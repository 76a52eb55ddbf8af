/**
 * Sender: the administrative agencies' side of a referral, auto-configured in their services (forestry, natural
 * resources). Holds the endpoints to submit a referral (routed to the police unit competent for the division),
 * keep drafts of it in the service's own database, withdraw it, supply what the police asked for, request
 * reconsideration and supervision, hand evidence over, impose the administrative penalty and answer a court's
 * judicial suggestions; which step is possible when is the referral lifecycle's call.
 */
package org.casebridge.sender.referral;
