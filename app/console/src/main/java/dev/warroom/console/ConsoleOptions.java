package dev.warroom.console;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the console starts. No arguments: the AI Workflow plan on the simulated world in TABLETOP,
 * straight into the war room. {@code --start} shows the start screen instead.
 *
 * <pre>
 * --plan FILE  --scenario ID  --journal FILE  --actor NAME  --start
 * --clock virtual|accelerated  --speed N  --lang en|zh-TW|zh-CN  --theme dark|daylight|projector
 * </pre>
 */
public record ConsoleOptions(Path plan, Optional<String> scenario, Optional<Path> journal, String actor, boolean startScreen,
        boolean virtualClock, double speed, Locale language, String theme, Path incidentsDirectory) {

    public static final Path DEFAULT_PLAN = Path.of("plans", "ai-workflow.yaml");

    public static ConsoleOptions parse(List<String> args) {
        Path plan = DEFAULT_PLAN;
        Optional<String> scenario = Optional.empty();
        Optional<Path> journal = Optional.empty();
        String actor = Optional.ofNullable(System.getenv("USER")).filter(u -> !u.isBlank()).orElse("commander");
        boolean start = false;
        boolean virtual = false;
        double speed = 10;
        Locale language = Locale.ENGLISH;
        String theme = "dark";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : "";
            switch (arg) {
                case "--plan" -> { plan = Path.of(value); i++; }
                case "--scenario" -> { scenario = Optional.of(value); i++; }
                case "--journal" -> { journal = Optional.of(Path.of(value)); i++; }
                case "--actor" -> { actor = value; i++; }
                case "--clock" -> { virtual = value.equals("virtual"); i++; }
                case "--speed" -> { speed = Double.parseDouble(value); i++; }
                case "--lang" -> { language = Locale.forLanguageTag(value); i++; }
                case "--theme" -> { theme = value; i++; }
                case "--start" -> start = true;
                default -> throw new IllegalArgumentException("unknown option " + arg + "; see ConsoleOptions");
            }
        }
        Path incidents = Path.of(System.getProperty("warroom.incidents", Path.of(System.getProperty("user.home"), ".warroom",
                "incidents").toString()));
        return new ConsoleOptions(plan, scenario, journal, actor, start, virtual, speed, language, theme, incidents);
    }

    /** Where a new incident on {@code planId} is journaled unless --journal says otherwise. */
    public Path journalFor(String planId) {
        return journal.orElseGet(() -> incidentsDirectory.resolve(planId + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".jsonl"));
    }
}
