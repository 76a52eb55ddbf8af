/**
 * The police's decision on a received referral, file or not file, and what may follow a refusal: the decision on
 * the sender's reconsideration request and the explanation the supervising procuratorate asked for.
 */
package org.casebridge.police.decision;
