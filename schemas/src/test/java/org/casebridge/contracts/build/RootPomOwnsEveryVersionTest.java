package org.casebridge.contracts.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every version of the build is chosen in the root pom, so an upgrade is one edit and modules cannot drift
 * apart. Maven's enforcer checks duplicates and dynamic versions; this checks that modules name no version.
 */
class RootPomOwnsEveryVersionTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void modulesDeclareNoDependencyOrPluginVersions() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (String module : modules()) {
            Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
            for (String tag : List.of("dependency", "plugin")) {
                NodeList nodes = pom.getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element element = (Element) nodes.item(i);
                    if (childText(element, "version") != null) {
                        offenders.add(module + ": " + childText(element, "artifactId"));
                    }
                }
            }
        }
        assertThat(offenders).as("versions belong in the root pom's management sections").isEmpty();
    }

    @Test
    void everyModuleDirectoryHasAPom() throws Exception {
        assertThat(modules()).isNotEmpty().allSatisfy(m -> assertThat(ROOT.resolve(m).resolve("pom.xml")).exists());
    }

    /** The reactor's modules: the project's {@code <modules>}, not the Checkstyle modules of the style check. */
    private static List<String> modules() throws Exception {
        Element project = parse(ROOT.resolve("pom.xml")).getDocumentElement();
        List<String> modules = new ArrayList<>();
        for (Node list = project.getFirstChild(); list != null; list = list.getNextSibling()) {
            if (list instanceof Element e && e.getTagName().equals("modules")) {
                NodeList nodes = e.getElementsByTagName("module");
                for (int i = 0; i < nodes.getLength(); i++) {
                    modules.add(nodes.item(i).getTextContent().trim());
                }
            }
        }
        return modules;
    }

    private static Document parse(Path pom) throws Exception {
        try (var in = Files.newInputStream(pom)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String childText(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }
}
