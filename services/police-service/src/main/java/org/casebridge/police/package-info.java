/**
 * Police service: the public security bureaus' node of the exchange, which receives referrals, signs receipts,
 * decides whether to file a criminal case and reports back, and submits filed cases for trial. This package holds
 * the Spring Boot application; the police's own referral commands are in its subpackages, and the inbox, referral
 * reads and lead API come from the agency-node module.
 */
package org.casebridge.police;
