package dev.warroom.console.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The console's packages depend on each other one way only, and the start screen knows nothing of the
 * war room's insides: it opens incidents, the application shows them.
 */
@AnalyzeClasses(packages = "dev.warroom.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsolePackagesTest {

    private static final String CONSOLE = "dev.warroom.console";

    /**
     * Every package is its own slice, the console's root and each subpackage at every depth: the same
     * slices as {@code dev.warroom.console.(**)}, plus the root, which that pattern leaves out.
     */
    static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String pkg = type.getPackageName();
            return pkg.equals(CONSOLE) || pkg.startsWith(CONSOLE + ".") ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of " + CONSOLE + " (the root and every subpackage)";
        }
    };

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule subpackagesAreFreeOfCycles = slices().matching(CONSOLE + ".(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule startScreenStaysOutOfTheRoom = noClasses().that().resideInAPackage(CONSOLE + ".start..")
            .should().dependOnClassesThat(resideInAPackage(CONSOLE + ".room..").and(not(resideInAPackage(CONSOLE + ".room"))))
            .because("the start screen opens incidents; the room's views and view model are the room's own");
}
