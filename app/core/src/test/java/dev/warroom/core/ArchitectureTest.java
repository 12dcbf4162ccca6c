package dev.warroom.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core runs anywhere: no UI toolkit, no cloud SDK, and nothing from the modules built on top of it.
 * Its packages form no cycle, and the engine knows no particular world.
 */
@AnalyzeClasses(packages = "dev.warroom.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesNoUiToolkit = noClasses().that().resideInAPackage("dev.warroom.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule coreUsesNoCloudSdk = noClasses().that().resideInAPackage("dev.warroom.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.azure..", "software.amazon..", "io.fabric8..", "redis.clients..", "org.postgresql..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheModulesAboveIt = noClasses().that().resideInAPackage("dev.warroom.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.warroom.connectors..", "dev.warroom.cli..", "dev.warroom.console..");

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("dev.warroom.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theEngineKnowsNoParticularWorld = noClasses().that().resideInAPackage("dev.warroom.core.incident..")
            .should().dependOnClassesThat().resideInAPackage("dev.warroom.core.sim..");
}
