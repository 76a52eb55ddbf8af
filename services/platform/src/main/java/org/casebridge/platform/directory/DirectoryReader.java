package org.casebridge.platform.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.casebridge.contracts.common.AgencyType;

/** Parses a directory file and refuses anything inconsistent, so that lookups never meet a half-valid unit. */
final class DirectoryReader {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Pattern UNIT_ID = Pattern.compile("([A-Z_]+):(\\d{6})");

    private final String source;

    private DirectoryReader(String source) {
        this.source = source;
    }

    static AgencyDirectory read(InputStream in, String source) {
        return new DirectoryReader(source).read(in);
    }

    private AgencyDirectory read(InputStream in) {
        DirectoryFile file;
        try {
            file = YAML.readValue(in, DirectoryFile.class);
        } catch (JsonProcessingException e) {
            throw new AgencyDirectoryException("malformed agency directory " + source + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read agency directory " + source, e);
        }
        if (file == null) {
            throw invalid("the file is empty");
        }
        Map<String, String> divisions = divisions(listOrEmpty(file.divisions()));
        Map<String, AgencyUnit> units = new LinkedHashMap<>();
        for (DirectoryFile.Unit entry : listOrEmpty(file.units())) {
            AgencyUnit unit = unit(entry, divisions);
            if (units.putIfAbsent(unit.id(), unit) != null) {
                throw invalid("duplicate unit id " + unit.id());
            }
        }
        requireUnambiguousRouting(units);
        return new AgencyDirectory(divisions, units);
    }

    private Map<String, String> divisions(List<DirectoryFile.Division> entries) {
        Map<String, String> divisions = new LinkedHashMap<>();
        for (DirectoryFile.Division division : entries) {
            if (!DivisionCodes.isWellFormed(division.code())) {
                throw invalid("division code '" + division.code() + "' is not a six-digit GB/T 2260 code");
            }
            if (isBlank(division.name())) {
                throw invalid("division " + division.code() + " has no name");
            }
            if (divisions.putIfAbsent(division.code(), division.name()) != null) {
                throw invalid("duplicate division " + division.code());
            }
        }
        return divisions;
    }

    private AgencyUnit unit(DirectoryFile.Unit entry, Map<String, String> divisions) {
        Matcher id = UNIT_ID.matcher(entry.id() == null ? "" : entry.id());
        if (!id.matches()) {
            throw invalid("unit id '" + entry.id() + "' is not TYPE:code, e.g. POLICE:150203");
        }
        AgencyType type = agencyType(id.group(1), entry.id());
        String code = id.group(2);
        requireKnown(divisions, code, entry.id());
        if (isBlank(entry.name())) {
            throw invalid("unit " + entry.id() + " has no name");
        }
        List<String> jurisdiction = listOrEmpty(entry.jurisdiction());
        if (jurisdiction.isEmpty()) {
            throw invalid("unit " + entry.id() + " has no jurisdiction");
        }
        jurisdiction.forEach(covered -> requireKnown(divisions, covered, entry.id()));
        Ed25519PublicKeyParameters key = entry.publicKey() == null
                ? null : KeyCodec.publicKey(entry.publicKey(), "public key of " + entry.id() + " in " + source);
        return new AgencyUnit(entry.id(), type, code, entry.name(), jurisdiction, key);
    }

    private AgencyType agencyType(String name, String unitId) {
        try {
            AgencyType type = AgencyType.valueOf(name);
            if (type != AgencyType.UNKNOWN) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the list of types
        }
        throw invalid("unit " + unitId + " has unknown agency type " + name + "; known: "
                + Stream.of(AgencyType.values()).filter(t -> t != AgencyType.UNKNOWN).toList());
    }

    private void requireKnown(Map<String, String> divisions, String code, String unitId) {
        if (!divisions.containsKey(code)) {
            throw invalid("unit " + unitId + " names division '" + code + "', which is not in the divisions list");
        }
    }

    /** Two units of one type covering the same code would make routing depend on file order. */
    private void requireUnambiguousRouting(Map<String, AgencyUnit> units) {
        Map<String, String> coveredBy = new HashMap<>();
        for (AgencyUnit unit : units.values()) {
            for (String covered : unit.jurisdiction()) {
                String previous = coveredBy.putIfAbsent(unit.type() + ":" + covered, unit.id());
                if (previous != null) {
                    throw invalid("units " + previous + " and " + unit.id() + " both cover " + covered);
                }
            }
        }
    }

    private AgencyDirectoryException invalid(String detail) {
        return new AgencyDirectoryException("agency directory " + source + ": " + detail);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
