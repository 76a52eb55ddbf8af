package org.casebridge.platform.directory;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;

/** Reads a directory from YAML text in a test. */
final class DirectoryYaml {

    static final String BAOTOU_DIVISIONS = """
            divisions:
              - {code: "150200", name: 包头市}
              - {code: "150203", name: 昆都仑区}
            """;

    private DirectoryYaml() {
    }

    static AgencyDirectory read(String yaml) {
        return AgencyDirectory.read(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "test.yml");
    }
}
