package org.casebridge.node.referral.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyUnit;
import org.casebridge.rules.unit.UnitIds;

/**
 * Which procuratorate holds a copy of a referral: the one whose jurisdiction covers the police unit the referral is
 * addressed to, most specifically (the agency directory's jurisdictions; Kundulun's police, 150203, are Baotou's,
 * PROCURATORATE:150200). A forwarded referral moves with its police unit. Worked out once from the directory.
 */
public final class Supervisors {

    private final Map<String, AgencyRef> procuratorateOfPolice = new HashMap<>();
    private final Map<String, List<String>> policeOfProcuratorate = new HashMap<>();

    public Supervisors(AgencyDirectory directory) {
        for (AgencyUnit police : directory.unitsOf(AgencyType.POLICE)) {
            directory.competentUnit(AgencyType.PROCURATORATE, police.divisionCode()).ifPresent(procuratorate -> {
                procuratorateOfPolice.put(police.id(), UnitIds.refOf(procuratorate.id()));
                policeOfProcuratorate.computeIfAbsent(procuratorate.id(), id -> new ArrayList<>()).add(police.id());
            });
        }
    }

    /** The procuratorate supervising what is addressed to this police unit, if the directory names one. */
    public Optional<AgencyRef> of(AgencyRef receiver) {
        return Optional.ofNullable(procuratorateOfPolice.get(UnitIds.idOf(receiver)));
    }

    /** The ids of the police units whose referrals this procuratorate supervises (none for another unit). */
    public List<String> policeSupervisedBy(String unitId) {
        return policeOfProcuratorate.getOrDefault(unitId, List.of());
    }
}
