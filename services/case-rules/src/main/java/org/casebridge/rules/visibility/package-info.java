/**
 * Who may see a case and whether with its parties' personal data: the handling codes H0 to H3 of docs/domain.md
 * applied to a reader (an officer of a unit) and a case's audience (addressed agencies, supervisors, named
 * officers), and the removal of personal fields from parties a reader may not see in full. Pure, so services,
 * subscribers and replaying auditors are all judged by the same rules.
 */
package org.casebridge.rules.visibility;
