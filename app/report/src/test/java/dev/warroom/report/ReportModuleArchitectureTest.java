package dev.warroom.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The renderers lay out a document and nothing else: no front end, no service, no JavaFX, and no package cycle. */
@AnalyzeClasses(packages = "dev.warroom.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportModuleArchitectureTest {

    @ArchTest
    static final ArchRule renderersReachOnlyTheCore = noClasses().that().resideInAPackage("dev.warroom.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.warroom.cli..", "dev.warroom.console..",
                    "dev.warroom.service..", "dev.warroom.connectors..");

    @ArchTest
    static final ArchRule reportPackagesAreFreeOfCycles = slices().matching("dev.warroom.(**)").should().beFreeOfCycles();
}
