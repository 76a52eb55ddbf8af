/**
 * Court service: the people's courts' node of the exchange, which tries the cases submitted to it, issues
 * judgments and sends judicial suggestions to agencies. This package holds the Spring Boot application; the
 * court's own referral commands are in its subpackages, and its docket, referral reads and lead API come from the
 * agency-node module.
 */
package org.casebridge.court;
