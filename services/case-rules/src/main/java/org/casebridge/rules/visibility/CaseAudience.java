package org.casebridge.rules.visibility;

import java.util.ArrayList;
import java.util.List;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;

/**
 * Who a case (referral or lead) is addressed to, as far as visibility goes; plain values, independent of how a
 * service stores its cases.
 *
 * @param handlingCode  the case's handling code
 * @param addressed     the agencies the case passes between: sender and receiver of a referral (and the trial
 *                      court once there is one), notifier and addressees of a lead
 * @param supervisors   supervisors holding a copy (the procuratorate)
 * @param namedOfficers the officers an H3 case is restricted to
 */
public record CaseAudience(HandlingCode handlingCode, List<AgencyRef> addressed, List<AgencyRef> supervisors,
                           List<NamedOfficer> namedOfficers) {

    public CaseAudience {
        if (handlingCode == null) {
            throw new IllegalArgumentException("A case audience needs a handling code");
        }
        addressed = List.copyOf(addressed);
        supervisors = List.copyOf(supervisors);
        namedOfficers = List.copyOf(namedOfficers);
    }

    /** A referral's audience: sender and receiver, the trial court when there is one (else null), supervisors. */
    public static CaseAudience referral(HandlingCode handlingCode, AgencyRef sender, AgencyRef receiver,
                                        AgencyRef court, List<AgencyRef> supervisors,
                                        List<NamedOfficer> namedOfficers) {
        List<AgencyRef> addressed = new ArrayList<>(3);
        addressed.add(sender);
        addressed.add(receiver);
        if (court != null) {
            addressed.add(court);
        }
        return new CaseAudience(handlingCode, addressed, supervisors, namedOfficers);
    }

    boolean addresses(Reader reader) {
        return anyIs(addressed, reader);
    }

    boolean isSupervisedBy(Reader reader) {
        return anyIs(supervisors, reader);
    }

    boolean names(Reader reader) {
        for (NamedOfficer officer : namedOfficers) {
            if (officer.is(reader)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyIs(List<AgencyRef> units, Reader reader) {
        for (AgencyRef unit : units) {
            if (reader.worksFor(unit)) {
                return true;
            }
        }
        return false;
    }
}
