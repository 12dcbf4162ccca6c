package dev.warroom.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The service sits under both front ends: it knows neither of them, nor JavaFX. */
class ServiceArchitectureTest {

    @Test
    void theServiceImportsNoFrontEnd() {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.warroom.service");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.warroom.console..", "dev.warroom.cli..")
                .check(service);
    }
}
