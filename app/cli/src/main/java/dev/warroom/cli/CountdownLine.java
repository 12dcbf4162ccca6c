package dev.warroom.cli;

import dev.warroom.core.text.SafeText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The countdown line printed just above an open prompt, written again as it changes (checked every second) while the commander types.
 * It is rewritten in place with ANSI cursor moves (save the cursor, go up one line, clear it, write, restore the
 * cursor), so what the commander has typed on the prompt line is never touched. Anything else printed while the
 * prompt is open ({@link #otherOutput}) ends the rewriting for that prompt, because the line above is no longer
 * the countdown. Without a terminal that understands ANSI the line is printed once and left as it is.
 */
final class CountdownLine {

    private static final String SAVE = "\0337";
    private static final String RESTORE = "\0338";
    private static final String UP_AND_CLEAR = "\033[1A\r\033[2K";

    private final PrintWriter terminal;
    private final boolean inPlace;
    private final Duration every;
    private ScheduledExecutorService ticker;
    private Supplier<String> text;
    private boolean lineAbovePrompt;
    private String shown = "";

    /**
     * @param terminal the raw terminal (escape sequences pass; the countdown's own words are made safe here)
     * @param inPlace  whether the terminal understands ANSI cursor moves
     */
    CountdownLine(PrintWriter terminal, boolean inPlace, Duration every) {
        this.terminal = terminal;
        this.inPlace = inPlace;
        this.every = every;
    }

    /** Prints the countdown line; the prompt is to be printed right after it. */
    synchronized void print(Supplier<String> line) {
        stop();
        text = line;
        shown = SafeText.forDisplay(line.get());
        terminal.println(shown);
        terminal.flush();
    }

    /** The prompt is on screen, right below the countdown: starts rewriting it. */
    synchronized void promptShown() {
        if (!inPlace || text == null) {
            return;
        }
        lineAbovePrompt = true;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warroom-countdown");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::rewrite, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Something else is about to be printed: the line above the prompt will not be the countdown any more. */
    synchronized void otherOutput() {
        lineAbovePrompt = false;
    }

    /** The prompt was answered: no more rewriting. */
    synchronized void stop() {
        lineAbovePrompt = false;
        text = null;
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    private synchronized void rewrite() {
        if (!lineAbovePrompt || text == null) {
            return;
        }
        String now = SafeText.forDisplay(text.get());
        if (!now.equals(shown)) {
            shown = now;
            terminal.print(SAVE + UP_AND_CLEAR + now + RESTORE);
            terminal.flush();
        }
    }
}
