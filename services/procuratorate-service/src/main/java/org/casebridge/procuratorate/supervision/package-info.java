/**
 * Supervision of a refusal to file (立案监督): once an agency asked for it, the procuratorate orders the police to
 * file the case (FilingOrdered; the police must file within 15 days).
 */
package org.casebridge.procuratorate.supervision;
