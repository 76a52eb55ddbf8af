/**
 * Supervision of a refusal to file (立案监督): the queue of the refusals before the procuratorate and, once an
 * agency asked for it, the order to file the case (FilingOrdered; the police must file within 15 days).
 */
package org.casebridge.procuratorate.supervision;
