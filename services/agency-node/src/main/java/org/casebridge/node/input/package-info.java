/**
 * Request bodies' shared parts (documents by reference and hash, location, offence, parties, quantities) as the
 * APIs validate them, each converted into its contract record; used by the lead commands and the senders'
 * referral submissions alike.
 */
package org.casebridge.node.input;
