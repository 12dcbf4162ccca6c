package dev.warroom.console.room;

import dev.warroom.core.incident.DefaultScenario;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.core.time.AcceleratedClock;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** Opens or resumes a TABLETOP incident for the console. Blocking (file and world I/O): call off the FX thread. */
public final class IncidentOpener {

    private IncidentOpener() {
    }

    /** What to open: the plan file, the scenario (empty: the plan's failover scenario), where to journal, how fast time runs. */
    public record Request(Path planFile, Optional<String> scenario, Path journal, String actor, boolean virtualClock, double speed) {
    }

    /** A plan that does not validate, with the validator's own messages. */
    public static final class PlanRejectedException extends IOException {
        private static final long serialVersionUID = 1L;

        PlanRejectedException(String message) {
            super(message);
        }
    }

    public static Plan validatedPlan(Path planFile) throws PlanRejectedException {
        PlanValidation.Result result = new PlanValidation().validate(planFile);
        if (!result.passed() || result.plan().isEmpty()) {
            throw new PlanRejectedException(result.problems().stream().filter(Problem::isError).map(Problem::format)
                    .collect(Collectors.joining("\n")));
        }
        return result.plan().get();
    }

    public static IncidentRuntime open(Request request, EventRelay relay) throws IOException {
        Plan plan = validatedPlan(request.planFile());
        Optional<Scenario> scenario = request.scenario().isPresent()
                ? plan.scenarios().stream().filter(s -> s.id().equals(request.scenario().get())).findFirst()
                : DefaultScenario.of(plan);
        Files.createDirectories(request.journal().toAbsolutePath().getParent());
        IncidentClock clock = clock(request.virtualClock(), request.speed(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String title = plan.system() + scenario.map(s -> " — " + (s.titleEn() != null ? s.titleEn() : s.title())).orElse("");
        return IncidentRuntime.openTabletop(new IncidentRuntime.Tabletop(plan, request.planFile().toString(), sha256(request.planFile()),
                scenario, request.journal(), clock, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), java.time.Duration.ZERO,
                false, request.actor(), title), relay);
    }

    public static IncidentRuntime resume(Path planFile, Path journal, String actor, boolean virtualClock, double speed,
            EventRelay relay) throws IOException {
        Plan plan = validatedPlan(planFile);
        Instant last = IncidentRuntime.lastEventTime(JournalReader.read(journal).events());
        return IncidentRuntime.resumeTabletop(plan, journal, clock(virtualClock, speed, last), false, actor, relay);
    }

    private static IncidentClock clock(boolean virtual, double speed, Instant start) {
        return virtual ? new VirtualClock(start) : new AcceleratedClock(start, speed);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
