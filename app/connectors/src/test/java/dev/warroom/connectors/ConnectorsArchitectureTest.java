package dev.warroom.connectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The connectors' packages form no cycle, and the connectors never reach up into a front end. */
@AnalyzeClasses(packages = "dev.warroom.connectors", importOptions = ImportOption.DoNotIncludeTests.class)
class ConnectorsArchitectureTest {

    @ArchTest
    static final ArchRule connectorPackagesAreFreeOfCycles = slices().matching("dev.warroom.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule connectorsNeverUseAFrontEnd = noClasses().that().resideInAPackage("dev.warroom.connectors..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.warroom.cli..", "dev.warroom.console..", "javafx..");
}
