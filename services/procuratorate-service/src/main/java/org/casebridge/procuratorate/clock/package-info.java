/**
 * The live legal clock: the deadline monitor that writes a warning and a breach of every running clock of the
 * supervised referrals once, beside their chains (ADR 0006), from the projection and the time alone.
 */
package org.casebridge.procuratorate.clock;
