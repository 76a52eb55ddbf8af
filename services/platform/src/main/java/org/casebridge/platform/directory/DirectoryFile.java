package org.casebridge.platform.directory;

import java.util.List;

/** The YAML layout of an agency directory, as written; {@link DirectoryReader} checks it. */
record DirectoryFile(List<Division> divisions, List<Unit> units) {

    record Division(String code, String name) {
    }

    /** {@code publicKey} is base64 of the raw 32 bytes; absent when keys come from a keys directory. */
    record Unit(String id, String name, List<String> jurisdiction, String publicKey) {
    }
}
