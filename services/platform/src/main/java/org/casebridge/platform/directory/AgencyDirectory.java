package org.casebridge.platform.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casebridge.contracts.common.AgencyType;

/**
 * Every agency unit of the exchange, the divisions they serve and their public keys. Immutable and safe to
 * share between threads; loaded from YAML, with public keys inline (production) or from a keys directory
 * (local runs, see {@link AgencyKeys}).
 */
public final class AgencyDirectory {

    /** Classpath location of the directory shipped with the kit: real Inner Mongolia units, no keys. */
    public static final String BUNDLED_RESOURCE = "casebridge/agency-directory.yml";

    private final Map<String, String> divisions;
    private final Map<String, AgencyUnit> units;
    private final List<AgencyUnit> unitList;

    AgencyDirectory(Map<String, String> divisions, Map<String, AgencyUnit> units) {
        this.divisions = Collections.unmodifiableMap(new LinkedHashMap<>(divisions));
        this.units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
        this.unitList = List.copyOf(units.values());
    }

    /** The directory shipped in this jar ({@value #BUNDLED_RESOURCE}), without keys. */
    public static AgencyDirectory bundled() {
        try (InputStream in = AgencyDirectory.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new AgencyDirectoryException("classpath resource " + BUNDLED_RESOURCE + " is missing");
            }
            return read(in, "classpath:" + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory file. */
    public static AgencyDirectory load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read agency directory " + file, e);
        }
    }

    /** A directory from a stream; {@code source} names it in error messages. */
    public static AgencyDirectory read(InputStream in, String source) {
        return DirectoryReader.read(in, source);
    }

    /**
     * This directory with the public keys found in {@code keysDir} ({@code <TYPE>_<code>.pub}) given to the units
     * that have no inline key; units without a key file stay without a key.
     */
    public AgencyDirectory withKeysFrom(Path keysDir) {
        Map<String, AgencyUnit> keyed = new LinkedHashMap<>(units);
        keyed.replaceAll((id, unit) -> unit.hasPublicKey()
                ? unit
                : AgencyKeys.readPublicKey(keysDir, id).map(unit::withPublicKey).orElse(unit));
        return new AgencyDirectory(divisions, keyed);
    }

    /** The unit with this id, e.g. {@code POLICE:150203}, or {@link UnknownAgencyUnitException}. */
    public AgencyUnit unit(String id) {
        return find(id).orElseThrow(() -> new UnknownAgencyUnitException(id));
    }

    /** The unit with this id, if listed. */
    public Optional<AgencyUnit> find(String id) {
        return Optional.ofNullable(units.get(id));
    }

    /** Every unit, in file order. */
    public List<AgencyUnit> units() {
        return unitList;
    }

    /** The units of one agency type, in file order. */
    public List<AgencyUnit> unitsOf(AgencyType type) {
        return unitList.stream().filter(unit -> unit.type() == type).toList();
    }

    /**
     * The unit of this type whose jurisdiction covers the division most specifically (a district unit beats its
     * city's, which beats the region's), or empty when no unit of the type covers it.
     */
    public Optional<AgencyUnit> competentUnit(AgencyType type, String divisionCode) {
        if (!DivisionCodes.isWellFormed(divisionCode)) {
            throw new IllegalArgumentException("'" + divisionCode + "' is not a six-digit GB/T 2260 division code");
        }
        return unitList.stream()
                .filter(unit -> unit.type() == type && unit.coverage(divisionCode) > 0)
                .max(Comparator.comparingInt(unit -> unit.coverage(divisionCode)));
    }

    /** Where a referral about conduct in this division goes: the most specific police unit covering it. */
    public Optional<AgencyUnit> competentPoliceUnit(String divisionCode) {
        return competentUnit(AgencyType.POLICE, divisionCode);
    }

    /** Whether the directory lists this GB/T 2260 code among its divisions. */
    public boolean isKnownDivision(String divisionCode) {
        return divisions.containsKey(divisionCode);
    }

    /** Division code to Chinese name, in file order. */
    public Map<String, String> divisions() {
        return divisions;
    }
}
