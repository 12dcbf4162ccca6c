package dev.warroom.service;

import dev.warroom.core.plan.PlanDigest;
import dev.warroom.core.plan.load.LoadLimits;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A plan file read once: validated and digested from the same bytes, so what is recorded is what ran. */
record CheckedPlan(Path file, Plan plan, String digest) {

    static CheckedPlan read(Path file) throws RequestRefusedException {
        Optional<byte[]> bytes = readWithinLimits(file);
        PlanValidation validation = new PlanValidation();
        PlanValidation.Result result = bytes.isPresent() ? validation.validate(file.toString(), bytes.get()) : validation.validate(file);
        if (!result.passed() || result.plan().isEmpty()) {
            throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                    file + " does not validate; fix it first (warroom validate " + file + ")",
                    result.problems().stream().filter(Problem::isError).map(Problem::format).toList());
        }
        return new CheckedPlan(file, result.plan().get(), PlanDigest.sha256(bytes.orElseThrow()));
    }

    /** The file's bytes, or nothing when the validator should say why it cannot read it (missing, a folder, too large). */
    private static Optional<byte[]> readWithinLimits(Path file) {
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
