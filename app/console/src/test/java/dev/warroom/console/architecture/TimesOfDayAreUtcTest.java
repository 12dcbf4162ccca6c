package dev.warroom.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.ZoneId;

/**
 * The console shows times of day in UTC, as its timeline's caption, the start screen and the reports say: no view reads
 * the laptop's zone. On a laptop in Taipei the decision panel said "Aborted at 01:59:41" beside the timeline's
 * 17:59:41 for the same event, and a checklist tick, a step's finish and a reassess round were eight hours off too.
 */
@AnalyzeClasses(packages = "dev.warroom.console", importOptions = ImportOption.DoNotIncludeTests.class)
class TimesOfDayAreUtcTest {

    @ArchTest
    static final ArchRule noViewReadsTheLaptopsZone = noClasses().should().callMethod(ZoneId.class, "systemDefault")
            .because("a time of day in one pane must read as the same moment in every other (RoomClock formats in UTC)");
}
