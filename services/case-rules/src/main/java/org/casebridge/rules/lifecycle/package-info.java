/**
 * What the referral and lead lifecycles share: a case lifecycle as a pure function from state and event to a
 * judgement (the next state, or a stable refusal code and reason), and the transition table both declare theirs
 * with, which checks status, then actor, then content.
 */
package org.casebridge.rules.lifecycle;
