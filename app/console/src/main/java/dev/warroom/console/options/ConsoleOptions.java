package dev.warroom.console.options;

import dev.warroom.core.incident.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the console starts. No arguments: the AI Workflow plan on the simulated world in TABLETOP,
 * straight into the war room. {@code --start} shows the start screen instead. {@code --mode drill}
 * opens --plan on the real connectors; LIVE opens only from the start screen, after its typed confirmation.
 * {@code --drill ID} plays one of the plan's drills (its scenario, injects and success criteria), as the CLI's run does.
 *
 * <pre>
 * --plan FILE  --mode tabletop|drill  --scenario ID  --drill ID  --journal FILE  --actor NAME  --start
 * --clock virtual|accelerated  --speed N  --lang en|zh-TW|zh-CN  --theme dark|daylight|projector
 * --plans DIR (default ./plans)  --incidents DIR (default ~/.warroom/incidents)  --facilitator  [FILE]
 * </pre>
 *
 * {@code --facilitator} opens the facilitator's window beside the war room, on the same incident.
 *
 * <p>One file may stand alone among the options, as a desktop file association passes it ({@code WarRoom FILE};
 * see {@link FileArgument}): a plan opens as {@code --plan FILE} does, and the start screen's plans folder becomes
 * the plan's folder; a journal opens the start screen on the journal's folder with that incident chosen
 * ({@code journalToShow}). The default plan is {@code ai-workflow.yaml} in the folder the {@code warroom.plans}
 * system property names (an installed launcher points it at its own plans), else in {@code ./plans}.
 */
public record ConsoleOptions(Path plan, Mode mode, Optional<String> scenario, Optional<String> drill, Optional<Path> journal, String actor,
        boolean startScreen, boolean virtualClock, double speed, Locale language, String theme, Path incidentsDirectory, Path plansDirectory,
        boolean facilitator, Optional<Path> journalToShow) {

    public static final Path DEFAULT_PLAN = Path.of("plans", "ai-workflow.yaml");
    public static final String PLANS_PROPERTY = "warroom.plans";
    private static final List<String> THEMES = List.of("dark", "daylight", "projector");

    /** Reads the command line; a wrong option or value throws an IllegalArgumentException whose message says what to write. */
    public static ConsoleOptions parse(List<String> args) {
        Optional<Path> planOption = Optional.empty();
        Optional<Path> file = Optional.empty();
        Mode mode = Mode.TABLETOP;
        Optional<String> scenario = Optional.empty();
        Optional<String> drill = Optional.empty();
        Optional<Path> journal = Optional.empty();
        String actor = Optional.ofNullable(System.getenv("USER")).filter(u -> !u.isBlank()).orElse("commander");
        boolean start = false;
        boolean facilitator = false;
        boolean virtual = false;
        double speed = 10;
        Locale language = Locale.ENGLISH;
        String theme = "dark";
        Path incidents = Path.of(System.getProperty("warroom.incidents", Path.of(System.getProperty("user.home"), ".warroom",
                "incidents").toString()));
        Path plans = Path.of(System.getProperty(PLANS_PROPERTY, "plans"));
        Path plan = plans.resolve(DEFAULT_PLAN.getFileName());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) {
                if (file.isPresent()) {
                    throw new IllegalArgumentException("one file at a time: " + file.get() + " and " + arg);
                }
                file = Optional.of(Path.of(arg));
                continue;
            }
            if (arg.equals("--start")) {
                start = true;
                continue;
            }
            if (arg.equals("--facilitator")) {
                facilitator = true;
                continue;
            }
            if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                throw new IllegalArgumentException(arg.startsWith("--") ? "option " + arg + " needs a value" : "unknown option " + arg);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--plan" -> planOption = Optional.of(Path.of(value));
                case "--mode" -> mode = mode(value);
                case "--scenario" -> scenario = Optional.of(value);
                case "--drill" -> drill = Optional.of(value);
                case "--journal" -> journal = Optional.of(Path.of(value));
                case "--actor" -> actor = value;
                case "--clock" -> virtual = clock(value);
                case "--speed" -> speed = speed(value);
                case "--lang" -> language = Locale.forLanguageTag(value);
                case "--theme" -> theme = oneOf("--theme", value, THEMES);
                case "--plans" -> plans = Path.of(value);
                case "--incidents" -> incidents = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg
                        + "; options: --plan --mode --scenario --drill --journal --actor --start --clock --speed --lang --theme --plans"
                        + " --incidents --facilitator, and one plan or journal FILE");
            }
        }
        Optional<Path> journalToShow = Optional.empty();
        if (file.isPresent()) {
            Path given = file.get().toAbsolutePath().normalize();
            Path folder = given.getParent() == null ? given : given.getParent();
            if (FileArgument.of(given) == FileArgument.PLAN) {
                if (planOption.isPresent()) {
                    throw new IllegalArgumentException("two plans: " + file.get() + " and --plan " + planOption.get() + "; give one");
                }
                planOption = Optional.of(given);
                plans = folder;
            } else {
                journalToShow = Optional.of(given);
                incidents = folder;
                start = true;
            }
        }
        return new ConsoleOptions(planOption.orElse(plan), mode, scenario, drill, journal, actor, start, virtual, speed, language, theme,
                incidents, plans, facilitator, journalToShow);
    }

    /** Options without a file to show, as they were before file associations (for embedding and tests). */
    public ConsoleOptions(Path plan, Mode mode, Optional<String> scenario, Optional<String> drill, Optional<Path> journal, String actor,
            boolean startScreen, boolean virtualClock, double speed, Locale language, String theme, Path incidentsDirectory,
            Path plansDirectory, boolean facilitator) {
        this(plan, mode, scenario, drill, journal, actor, startScreen, virtualClock, speed, language, theme, incidentsDirectory,
                plansDirectory, facilitator, Optional.empty());
    }

    private static Mode mode(String value) {
        Mode mode = Mode.parse(value).orElseThrow(() -> new IllegalArgumentException("--mode is one of tabletop, drill, not '" + value + "'"));
        if (mode == Mode.LIVE) {
            throw new IllegalArgumentException("--mode live is not taken from the command line: choose LIVE on the start screen (--start),"
                    + " which shows who the connectors act as and asks you to type LIVE");
        }
        return mode;
    }

    private static boolean clock(String value) {
        return oneOf("--clock", value, List.of("virtual", "accelerated")).equals("virtual");
    }

    private static double speed(String value) {
        try {
            double speed = Double.parseDouble(value);
            if (speed > 0 && Double.isFinite(speed)) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--speed wants a positive number (how many times faster than real time), not '" + value + "'");
    }

    private static String oneOf(String option, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(option + " is one of " + String.join(", ", allowed) + ", not '" + value + "'");
        }
        return value;
    }

    /**
     * Where a new incident on {@code planId} is journaled: --journal if given (its folder must exist: a
     * mistyped path is refused, not created), else a new file in the console's own incidents directory,
     * which is created if it is not there yet, named after the plan and the time, never one that exists.
     * Blocking (file I/O): call it off the FX thread.
     */
    public Path journalFor(String planId) throws IOException {
        if (journal.isPresent()) {
            return journal.get();
        }
        Files.createDirectories(incidentsDirectory);
        String stem = planId + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path candidate = incidentsDirectory.resolve(stem + ".jsonl");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = incidentsDirectory.resolve(stem + "-" + n + ".jsonl");
        }
        return candidate;
    }
}
