package dev.warroom.console.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * All the console's background work goes through one helper, {@code tasks.Background}: no other class
 * starts a thread, builds an executor or a timer, or hands work to the common pool.
 */
@AnalyzeClasses(packages = "dev.warroom.console", importOptions = ImportOption.DoNotIncludeTests.class)
class OneBackgroundHelperTest {

    @ArchTest
    static final ArchRule onlyTheBackgroundHelperMakesThreads = noClasses().that().resideOutsideOfPackage("dev.warroom.console.tasks")
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .orShould().callConstructorWhere(target(owner(assignableTo(Executor.class))))
            .orShould().callConstructorWhere(target(owner(assignableTo(Timer.class))))
            .orShould().callConstructorWhere(target(owner(assignableTo(javafx.concurrent.Service.class))))
            .orShould().callMethodWhere(target(owner(type(Executors.class))))
            .orShould().callMethodWhere(target(owner(type(ForkJoinPool.class))))
            .orShould().callMethodWhere(target(owner(type(CompletableFuture.class))).and(target(nameMatching("runAsync|supplyAsync"))))
            .because("the console's one background helper, tasks.Background, runs all background work (docs/architecture.md)");
}
