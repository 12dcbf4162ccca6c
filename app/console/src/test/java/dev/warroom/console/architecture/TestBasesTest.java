package dev.warroom.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A class named {@code *Test} is a test that runs; an abstract base for tests is named for what it sets up instead. */
@AnalyzeClasses(packages = "dev.warroom.console", importOptions = ImportOption.OnlyIncludeTests.class)
class TestBasesTest {

    @ArchTest
    static final ArchRule abstractTestBasesAreNotNamedTest = noClasses().that().haveSimpleNameEndingWith("Test")
            .should().haveModifier(JavaModifier.ABSTRACT)
            .because("surefire picks up *Test classes, and a base that cannot run on its own is not a test");
}
