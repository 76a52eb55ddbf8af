/**
 * The audit ledger: every record of every source topic, read as raw bytes from the beginning, verified on its own
 * and appended with its integrity verdict (forged and undecodable records included), each poll's records with
 * their offset in one transaction. A failure to append is retried rather than skipped, so the ledger has no holes;
 * auditors read a case's full history and the records that failed a check through its API.
 */
package org.casebridge.audit.ledger;
