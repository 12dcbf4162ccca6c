package dev.warroom.service;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.PlanClearance;
import dev.warroom.core.plan.PlanDigest;
import dev.warroom.core.plan.load.LoadLimits;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.service.words.ServiceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A plan file read once: validated and digested from the same bytes, so what is recorded is what ran;
 * {@code text} is those bytes, which the journal keeps with the incident's opening. {@code liveBlockers}:
 * the validator's warnings about what the real connectors cannot do, which keep a DRILL or LIVE from opening.
 */
record CheckedPlan(Path file, Plan plan, String digest, String text, List<Problem> liveBlockers) {

    static CheckedPlan read(Path file) throws RequestRefusedException {
        Optional<byte[]> bytes = readWithinLimits(file);
        PlanValidation validation = new PlanValidation();
        PlanValidation.Result result = bytes.isPresent() ? validation.validate(file.toString(), bytes.get()) : validation.validate(file);
        if (!result.passed() || result.plan().isEmpty()) {
            throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                    ServiceText.of("open.plan-invalid", file),
                    result.problems().stream().filter(Problem::isError).map(Problem::format).toList());
        }
        byte[] read = bytes.orElseThrow();
        return new CheckedPlan(file, result.plan().get(), PlanDigest.sha256(read), new String(read, StandardCharsets.UTF_8),
                result.liveBlockers());
    }

    /**
     * The plan as written, read and bound but not checked yet: for a TABLETOP that opens while its checks run (the
     * incident's actions wait for {@link PlanCheck#run}). Empty when it does not even bind; {@link #read} then says why.
     */
    static Optional<Unchecked> readBeforeChecking(Path file) {
        Optional<byte[]> bytes = readWithinLimits(file);
        Optional<Plan> plan = bytes.flatMap(read -> new PlanLoader().bindUnchecked(read));
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        byte[] read = bytes.get();
        CheckedPlan bound = new CheckedPlan(file, plan.get(), PlanDigest.sha256(read), new String(read, StandardCharsets.UTF_8), List.of());
        return Optional.of(new Unchecked(bound, new PlanCheck(file.toString(), read, PlanClearance.checking())));
    }

    /** A plan bound before its checks ran, and those checks, to run on the same bytes. */
    record Unchecked(CheckedPlan plan, PlanCheck check) {
    }

    /**
     * Refuses a DRILL or LIVE of a plan that uses what no real connector can do, naming each line; a TABLETOP
     * simulates all of it and opens.
     */
    void requireLiveCapable(Mode mode) throws RequestRefusedException {
        if (mode == Mode.TABLETOP || liveBlockers.isEmpty()) {
            return;
        }
        throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                ServiceText.of("open.live-blockers", file, mode, liveBlockers.size()), liveBlockers.stream().map(Problem::format).toList());
    }

    /**
     * The plan a journal keeps, parsed again: {@code file} is the file it came from (for messages, and
     * for the connectors' plan folder), {@code text} the exact text the journal holds.
     */
    static CheckedPlan kept(Path file, String text) throws RequestRefusedException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String name = file + " (as kept in the journal)";
        PlanValidation.Result result = new PlanValidation().validate(name, bytes);
        if (!result.passed() || result.plan().isEmpty()) {
            throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                    ServiceText.of("resume.kept-plan-invalid"),
                    result.problems().stream().filter(Problem::isError).map(Problem::format).toList());
        }
        return new CheckedPlan(file, result.plan().get(), PlanDigest.sha256(bytes), text, result.liveBlockers());
    }

    /** The file's bytes, or nothing when the validator should say why it cannot read it (missing, a folder, too large). */
    static Optional<byte[]> readWithinLimits(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LoadLimits.DEFAULT.maxBytes()) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
