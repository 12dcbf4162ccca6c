package dev.warroom.console.tasks;

import java.util.concurrent.Executor;

/**
 * Where view models send blocking work (engine commands, polling) and how results come back to
 * the FX thread. Production uses worker threads and {@code Platform.runLater}; nothing blocking
 * ever runs on the FX thread.
 */
public record Background(Executor commands, Executor steps, Executor fx) {
}
