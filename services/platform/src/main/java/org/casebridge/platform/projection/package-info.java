/**
 * The machinery of a projection, independent of what the case is: verified events applied deterministically (a
 * known event id is a no-op, a chain break or lifecycle refusal is recorded with its verdict), each poll's records
 * applied with their offsets in one database transaction, the event table behind timelines, and the bounded wait
 * that lets a command read its own event's verdict. Also renders events as the JSON text timelines store.
 */
package org.casebridge.platform.projection;
