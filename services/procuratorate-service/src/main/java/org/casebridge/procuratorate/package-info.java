/**
 * Procuratorate service: the people's procuratorates' node of the exchange, which supervises the referrals of its
 * jurisdiction and, on an agency's supervision request, orders the police to file a case they refused. This
 * package holds the Spring Boot application; the procuratorate's own referral commands are in its subpackages, and
 * its inbox (the referrals of its jurisdiction), referral reads and lead API come from the agency-node module.
 */
package org.casebridge.procuratorate;
