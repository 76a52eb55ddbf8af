/**
 * Authorship and integrity of events: each event is signed with the Ed25519 key of the unit it names as acting
 * agency, over the writer schema's fingerprint and the Avro body, and checked on receipt (the signature before
 * anything is decoded, then that the signer is the named actor and may write the event's type). Also holds the
 * per-case hash chain rule, a pure verdict on whether an event extends its case's chain, so every consumer and
 * replay agrees.
 */
package org.casebridge.platform.integrity;
