package dev.warroom.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits, bounded, for a facilitator's command to be journalled; one that is refused is said in words and the terminal goes on. */
final class DrillCommands {

    private static final long PATIENCE_SECONDS = 30;

    private DrillCommands() {
    }

    /** Whether the command was carried out. */
    static boolean done(CompletableFuture<?> command, String doing, PrintWriter err) {
        return outcome(command, doing, err).isPresent();
    }

    /** The command's answer, if it was carried out. */
    static <T> Optional<T> answer(CompletableFuture<T> command, String doing, PrintWriter err) {
        return outcome(command, doing, err).flatMap(Done::value);
    }

    private record Done<T>(Optional<T> value) {
    }

    private static <T> Optional<Done<T>> outcome(CompletableFuture<T> command, String doing, PrintWriter err) {
        try {
            return Optional.of(new Done<>(Optional.ofNullable(command.get(PATIENCE_SECONDS, TimeUnit.SECONDS))));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("warroom: could not " + doing + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            err.println("warroom: could not " + doing + ": the incident did not record it within " + PATIENCE_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("warroom: could not " + doing + ": interrupted");
        }
        err.flush();
        return Optional.empty();
    }
}
