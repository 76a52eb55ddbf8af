package org.casebridge.rules.visibility;

/**
 * The handling codes of docs/domain.md: whether a reader may see a case, and whether with the parties' personal data.
 * <ul>
 *   <li>H0: every platform agency;</li>
 *   <li>H1: the addressed agencies and the supervisors;</li>
 *   <li>H2: the addressed agencies only, not the supervisors;</li>
 *   <li>H3: the named officers only, whatever their unit.</li>
 * </ul>
 * Personal data of parties goes only to units the case is addressed to or copied to (supervisors), whatever the
 * code: an agency that sees an H0 case only because it is open to all sees it without personal data. Pure: same
 * inputs, same answer, nothing stored or looked up.
 */
public final class VisibilityPolicy {

    public Visibility visibility(Reader reader, CaseAudience audience) {
        boolean addressed = audience.addresses(reader);
        boolean supervisor = audience.isSupervisedBy(reader);
        boolean sees = switch (audience.handlingCode()) {
            case H0 -> true;
            case H1 -> addressed || supervisor;
            case H2 -> addressed;
            case H3 -> audience.names(reader);
        };
        if (!sees) {
            return Visibility.HIDDEN;
        }
        return addressed || supervisor ? Visibility.FULL : Visibility.WITHOUT_PERSONAL_DATA;
    }
}
