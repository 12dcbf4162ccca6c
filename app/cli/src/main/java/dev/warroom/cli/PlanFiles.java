package dev.warroom.cli;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Loads a plan for a command, printing its problems the way `validate` does when it cannot be used. */
final class PlanFiles {

    private PlanFiles() {
    }

    static Optional<Plan> load(Path file, PrintWriter err) {
        PlanValidation.Result result = new PlanValidation().validate(file);
        if (!result.passed() || result.plan().isEmpty()) {
            result.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
            err.println("warroom: " + file + " does not validate; fix it first (warroom validate " + file + ")");
            return Optional.empty();
        }
        return result.plan();
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
