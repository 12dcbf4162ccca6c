package dev.warroom.cli;

import dev.warroom.core.incident.SeverityLevels;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.text.TextLanguage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code warroom plans FILE...}: what each plan offers to run: its scenarios (for --scenario), its severity levels (for
 * --severity) and its drills (for --drill).
 */
@Command(name = "plans", description = "List each plan's scenarios, severity levels (with their RTO and RPO) and drills (title, type,"
        + " frequency, duration, participants, success criteria with the drill's own targets).")
final class PlansCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (YAML).")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "LANG", converter = IncidentOptions.LanguageTag.class,
            description = "The language of the plans' titles: " + TextLanguage.CHOICES + ". Default: the system locale's, else the plan's own.")
    TextLanguage lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = SafeTerminalWriter.redacting(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            Optional<Plan> loaded = PlanFiles.load(file, err);
            if (loaded.isEmpty()) {
                failed++;
                continue;
            }
            Plan plan = loaded.get();
            TextLanguage language = PlanLanguage.chosen(Optional.ofNullable(lang), SystemLanguage.get(), plan);
            out.println(file + ": " + plan.system() + " (plan " + plan.id() + ")");
            out.println("  scenarios (--scenario ID):");
            if (plan.scenarios().isEmpty()) {
                out.println("    none");
            }
            for (Scenario s : plan.scenarios()) {
                out.println("    " + s.id() + ": " + language.pick(s.title(), s.titleEn())
                        + (SeverityLevels.find(plan, s.severity()).isPresent() ? " [" + s.severity() + "]" : ""));
            }
            SeverityWords.list(plan, language, out);
            out.println("  drills (--drill ID):");
            if (plan.drills().isEmpty()) {
                out.println("    none");
            }
            for (Drill d : plan.drills()) {
                out.println("    " + DrillWords.line(d, language));
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
