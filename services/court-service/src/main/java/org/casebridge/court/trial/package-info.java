/**
 * The court's judgment on a case submitted to it for trial: verdict, sentence, criminal fine and the
 * administrative fines offset against it. The docket itself is the shared inbox.
 */
package org.casebridge.court.trial;
