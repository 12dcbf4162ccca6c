package dev.warroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.connectors.world.RealWorld;
import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardSettings;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.board.StateBoard;
import dev.warroom.core.fence.FencedWorld;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.time.SystemIncidentClock;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.World;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warroom state PLAN [--once] [--format text|json] [--world real|drill|simulated]}: the plan's
 * resources as the state board sees them — from the real connectors by default — for people and
 * scripts. Each resource: id, site, kind, status, health, role, lag, attributes, observedAt, error.
 */
@Command(name = "state", description = "Print the live state of a plan's resources as the state board sees them.")
final class StateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "PLAN", description = "The plan (YAML).")
    Path planFile;

    @Option(names = "--once", description = "Print one snapshot and stop (default: print one every --every until interrupted).")
    boolean once;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (one JSON document per snapshot).")
    String format;

    @Option(names = "--world", defaultValue = "real", paramLabel = "WORLD",
            description = "real (the connectors, default), drill (the connectors, fenced to the plan's drill environment: anything"
                    + " outside it shows as not observed in DRILL and is never connected to) or simulated (the plan's simulated world).")
    String world;

    @Option(names = "--scenario", paramLabel = "ID", description = "With --world simulated: the scenario whose faults start now.")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "With --world simulated: its seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "5s",
            description = "Between snapshots without --once (default ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Longest wait for each probe (default: 10s real, 5s simulated).")
    String timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("warroom: --format must be text or json (got '" + format + "')");
            return ExitCodes.USAGE;
        }
        if (!world.equals("real") && !world.equals("drill") && !world.equals("simulated")) {
            err.println("warroom: --world must be real, drill or simulated (got '" + world + "')");
            return ExitCodes.USAGE;
        }
        if (scenario != null && !world.equals("simulated")) {
            err.println("warroom: --scenario plays faults in the simulated world; add --world simulated");
            return ExitCodes.USAGE;
        }
        Optional<Duration> pause = DurationText.parse(every);
        Optional<Duration> probeTimeout = timeout == null ? Optional.empty() : DurationText.parse(timeout);
        if (pause.isEmpty() || pause.get().isZero()) {
            err.println("warroom: --every: " + DurationText.explain(every));
            return ExitCodes.USAGE;
        }
        if (timeout != null && (probeTimeout.isEmpty() || probeTimeout.get().isZero())) {
            err.println("warroom: --timeout: " + DurationText.explain(timeout));
            return ExitCodes.USAGE;
        }
        Optional<Plan> plan = PlanFiles.load(planFile, err);
        if (plan.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        IncidentClock clock = new SystemIncidentClock();
        RealWorld real = null;
        World observed;
        BoardSettings settings;
        if (world.equals("simulated")) {
            Optional<Scenario> chosen = Optional.empty();
            if (scenario != null) {
                chosen = PlanFiles.scenario(plan.get(), planFile, scenario, err);
                if (chosen.isEmpty()) {
                    return ExitCodes.USAGE;
                }
            }
            SimulatedWorld simulated = new SimulatedWorld(plan.get(), clock, seed);
            chosen.ifPresent(s -> dev.warroom.core.incident.WorldReplay.scenarioStartsAfter(plan.get(), s, clock.now(), simulated::replay));
            chosen.ifPresent(s -> s.faults().forEach(f -> simulated.inject(f, clock.now())));
            observed = simulated;
            settings = BoardSettings.defaults();
        } else {
            try {
                real = RealWorld.start(planFile);
            } catch (RealWorld.NotStartedException e) {
                err.println("warroom: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            observed = world.equals("drill") ? FencedWorld.forDrill(plan.get(), real.world()) : real.world();
            settings = IncidentRuntime.REAL_WORLD_BOARD;
        }
        if (probeTimeout.isPresent()) {
            settings = settings.withTimeout(probeTimeout.get());
        }
        try (StateBoard board = new StateBoard(plan.get(), observed, clock, settings)) {
            while (true) {
                BoardSnapshot snapshot = board.refresh();
                out.println(format.equals("json") ? json(plan.get(), observed, snapshot) : text(plan.get(), observed, snapshot));
                out.flush();
                if (once || Thread.currentThread().isInterrupted()) {
                    return ExitCodes.OK;
                }
                clock.sleep(pause.get());
            }
        } finally {
            if (real != null) {
                real.close();
            }
        }
    }

    private static String json(Plan plan, World world, BoardSnapshot snapshot) {
        ObjectNode root = JSON.createObjectNode().put("plan", plan.id()).put("world", world.name())
                .put("takenAt", snapshot.takenAt().toString());
        for (BoardEntry entry : snapshot.entries()) {
            Optional<Observation> o = entry.observation();
            ObjectNode r = root.withArray("resources").addObject()
                    .put("id", entry.resourceId())
                    .put("site", entry.siteId())
                    .put("kind", entry.kind())
                    .put("status", token(entry.status().name()))
                    .put("health", o.map(x -> token(x.health().name())).orElse("unknown"))
                    .put("role", o.map(x -> token(x.role().name())).orElse("unknown"));
            r.put("lag", o.flatMap(Observation::lag).map(DurationText::format).orElse(null));
            ObjectNode attributes = r.putObject("attributes");
            o.ifPresent(x -> x.attributes().forEach(attributes::put));
            r.put("observedAt", o.map(x -> x.observedAt().toString()).orElse(null));
            r.put("error", entry.error().orElse(null));
        }
        return root.toString();
    }

    private static String text(Plan plan, World world, BoardSnapshot snapshot) {
        StringBuilder out = new StringBuilder(plan.id() + " — " + world.name() + " world — " + snapshot.takenAt() + "\n");
        for (BoardEntry entry : snapshot.entries()) {
            Optional<Observation> o = entry.observation();
            out.append(String.format("%-24s %-14s site %-14s %-12s health %-8s role %-10s lag %s%n", entry.resourceId(), entry.kind(),
                    entry.siteId(), entry.status().words(), o.map(x -> token(x.health().name())).orElse("unknown"),
                    o.map(x -> token(x.role().name())).orElse("unknown"),
                    o.flatMap(Observation::lag).map(DurationText::format).orElse("-")));
            o.ifPresent(x -> {
                x.attributes().forEach((k, v) -> out.append("    ").append(k).append(": ").append(v).append('\n'));
                out.append("    observed at ").append(x.observedAt()).append('\n');
            });
            entry.error().ifPresent(e -> out.append("    error: ").append(e).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    private static String token(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
