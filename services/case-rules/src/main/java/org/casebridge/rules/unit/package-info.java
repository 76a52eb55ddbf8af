/**
 * Agency unit ids as people, tokens and databases write them, {@code TYPE:code}, converted to and from the
 * contract's agency reference, and compared field by field.
 */
package org.casebridge.rules.unit;
