package org.casebridge.endtoend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module layout of docs/adr/0002-modules-by-role.md, kept by the build: dependencies point from the apps
 * through the roles to the rules and the contracts, never back, and no two packages depend on each other.
 */
class ModuleBoundariesTest {

    private static final List<String> APPS = List.of("forestry", "naturalresources", "police", "court", "procuratorate", "audit");

    /** Main code only: the test classes of a module arrive as its test-classes directory or its tests jar. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.casebridge");

    @Test
    void dependenciesPointFromTheAppsThroughTheRolesToTheRules() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.casebridge..")
                .layer("contracts").definedBy("org.casebridge.contracts..")
                .layer("rules").definedBy("org.casebridge.rules..")
                .layer("platform").definedBy("org.casebridge.platform..")
                .layer("projections").definedBy("org.casebridge.projections..")
                .layer("node").definedBy("org.casebridge.node..")
                .layer("sender").definedBy("org.casebridge.sender..")
                .layer("apps").definedBy(APPS.stream().map(app -> "org.casebridge." + app + "..").toArray(String[]::new))
                .whereLayer("apps").mayNotBeAccessedByAnyLayer()
                .whereLayer("sender").mayOnlyBeAccessedByLayers("apps")
                .whereLayer("node").mayOnlyBeAccessedByLayers("sender", "apps")
                .whereLayer("projections").mayOnlyBeAccessedByLayers("node", "sender", "apps")
                .whereLayer("platform").mayOnlyBeAccessedByLayers("projections", "node", "sender", "apps")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("platform", "projections", "node", "sender", "apps")
                .check(MAIN);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("org.casebridge.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void anAppNeverReachesIntoAnother() {
        for (String app : APPS) {
            noClasses().that().resideInAPackage("org.casebridge." + app + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(APPS.stream().filter(other -> !other.equals(app))
                            .map(other -> "org.casebridge." + other + "..").toArray(String[]::new))
                    .check(MAIN);
        }
    }

    @Test
    void leadsAndReferralsAreSeparateFeatures() {
        noClasses().that().resideInAnyPackage("org.casebridge.node.lead..", "org.casebridge.projections.lead..")
                .should().dependOnClassesThat().resideInAnyPackage("org.casebridge.node.referral..",
                        "org.casebridge.projections.referral..", "org.casebridge.sender..")
                .check(MAIN);
        noClasses().that().resideInAnyPackage("org.casebridge.node.referral..", "org.casebridge.projections.referral..")
                .should().dependOnClassesThat().resideInAnyPackage("org.casebridge.node.lead..",
                        "org.casebridge.projections.lead..")
                .check(MAIN);
    }

    @Test
    void theRulesArePlainJava() {
        noClasses().that().resideInAPackage("org.casebridge.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "org.apache.kafka..")
                .check(MAIN);
    }
}
