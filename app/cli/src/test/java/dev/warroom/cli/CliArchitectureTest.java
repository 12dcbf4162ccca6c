package dev.warroom.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command line runs headless: it never reaches into the desktop console or JavaFX, and its packages form no cycle. */
@AnalyzeClasses(packages = "dev.warroom.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule cliNeverUsesTheConsoleOrJavaFx = noClasses().that().resideInAPackage("dev.warroom.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.warroom.console..", "javafx..");

    @ArchTest
    static final ArchRule cliPackagesAreFreeOfCycles = slices().matching("dev.warroom.(**)")
            .should().beFreeOfCycles();
}
