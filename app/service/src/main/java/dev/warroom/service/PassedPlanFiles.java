package dev.warroom.service;

import dev.warroom.core.plan.PlanDigest;
import dev.warroom.core.plan.validate.PlanValidation;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan files this service has checked (a start screen's list) and found passing, each with the SHA-256 of exactly
 * the bytes that passed: only the latest check of each file counts, so a file that failed since is not here. Thread-safe.
 */
final class PassedPlanFiles {

    private final Map<Path, String> passedDigests = new ConcurrentHashMap<>();

    void note(Path file, byte[] checked, PlanValidation.Result result) {
        if (result.passed() && result.plan().isPresent()) {
            passedDigests.put(key(file), PlanDigest.sha256(checked));
        } else {
            passedDigests.remove(key(file));
        }
    }

    /** Whether the bytes whose SHA-256 is {@code digest} are the very bytes of {@code file} that passed its last check. */
    boolean passed(Path file, String digest) {
        return digest.equals(passedDigests.get(key(file)));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
