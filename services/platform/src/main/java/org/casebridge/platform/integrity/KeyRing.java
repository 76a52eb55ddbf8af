package org.casebridge.platform.integrity;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.casebridge.platform.directory.AgencyKeys;

/**
 * The private keys of the units a service may sign for. Key objects are parsed once and reused, since
 * BouncyCastle caches the derived public key inside them.
 */
public final class KeyRing {

    private final Map<String, Ed25519PrivateKeyParameters> keys;

    private KeyRing(Map<String, Ed25519PrivateKeyParameters> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** The keys of these units from {@code keysDir} ({@code <TYPE>_<code>.key}); fails if one is missing. */
    public static KeyRing load(Path keysDir, Collection<String> unitIds) {
        return of(unitIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> AgencyKeys.readPrivateKey(keysDir, id))));
    }

    /** A ring of keys already in memory, by unit id. */
    public static KeyRing of(Map<String, Ed25519PrivateKeyParameters> keysByUnitId) {
        return new KeyRing(keysByUnitId);
    }

    /** The units this ring can sign for. */
    public Set<String> unitIds() {
        return keys.keySet();
    }

    /** The key of a unit, or null when this ring does not hold it. */
    Ed25519PrivateKeyParameters keyOf(String unitId) {
        return keys.get(unitId);
    }
}
