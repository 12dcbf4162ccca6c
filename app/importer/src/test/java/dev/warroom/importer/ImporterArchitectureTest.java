package dev.warroom.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The importer uses core only (no JavaFX, no cloud SDK, no other WarRoom module), and its packages form no cycle. */
@AnalyzeClasses(packages = "dev.warroom.importer", importOptions = ImportOption.DoNotIncludeTests.class)
class ImporterArchitectureTest {

    @ArchTest
    static final ArchRule importerUsesCoreOnly = noClasses().that().resideInAPackage("dev.warroom.importer..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.azure..", "software.amazon..", "io.fabric8..",
                    "dev.warroom.connectors..", "dev.warroom.service..", "dev.warroom.console..", "dev.warroom.cli..", "dev.warroom.report..");

    @ArchTest
    static final ArchRule importerPackagesAreFreeOfCycles = slices().matching("dev.warroom.(**)").should().beFreeOfCycles();
}
