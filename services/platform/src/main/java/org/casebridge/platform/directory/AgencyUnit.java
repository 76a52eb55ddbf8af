package org.casebridge.platform.directory;

import java.util.List;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;

/**
 * One agency unit of the exchange, identified {@code TYPE:code}, e.g. {@code POLICE:150203}.
 *
 * @param id           {@code TYPE:code}
 * @param type         the kind of agency
 * @param divisionCode six-digit GB/T 2260 code of the division the unit sits in
 * @param name         official Chinese name, e.g. 包头市公安局昆都仑区分局
 * @param jurisdiction division codes the unit covers; a city code covers its districts, a region code its cities
 * @param publicKey    the unit's Ed25519 verification key, or null until keys are loaded; kept as a parsed
 *                     object because BouncyCastle caches the decoded curve point in it, which verification reuses
 */
public record AgencyUnit(String id, AgencyType type, String divisionCode, String name, List<String> jurisdiction,
                         Ed25519PublicKeyParameters publicKey) {

    public AgencyUnit {
        jurisdiction = List.copyOf(jurisdiction);
    }

    /** Whether the directory holds this unit's public key. */
    public boolean hasPublicKey() {
        return publicKey != null;
    }

    /** Whether this is the unit an event names, compared field by field to spare building an id per event. */
    public boolean is(AgencyRef ref) {
        return type == ref.getType() && divisionCode.equals(ref.getDivisionCode());
    }

    /**
     * How specifically the unit covers a division: 0 when it does not, otherwise the length of the longest
     * matching jurisdiction prefix (region 2, city 4, district 6), so that a district unit beats its city's.
     */
    int coverage(String code) {
        int best = 0;
        for (String covered : jurisdiction) {
            String prefix = DivisionCodes.prefix(covered);
            if (prefix.length() > best && code.startsWith(prefix)) {
                best = prefix.length();
            }
        }
        return best;
    }

    AgencyUnit withPublicKey(Ed25519PublicKeyParameters key) {
        return new AgencyUnit(id, type, divisionCode, name, jurisdiction, key);
    }
}
