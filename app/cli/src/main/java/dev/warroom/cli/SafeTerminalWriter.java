package dev.warroom.cli;

import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.VisibleText;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/**
 * The terminal as commands write to it. Every command's output has its control and direction characters
 * shown as escapes ({@link #around}), so no escape sequence from a plan, a journal or a world can clear the
 * screen or set the window title. Writers that print only plan, journal and world text (the event echo,
 * the commander's prompts) also redact secrets ({@link #redacting}); the rest of the output (file names,
 * hashes) is not redacted, since the journal's redaction would mistake a file named {@code secret-x.yaml:7}
 * for a secret. Each piece of text is filtered as it is written, so one printed value is filtered whole.
 */
final class SafeTerminalWriter extends PrintWriter {

    private final UnaryOperator<String> filter;
    private final boolean redacts;

    private SafeTerminalWriter(PrintWriter terminal, UnaryOperator<String> filter, boolean redacts) {
        super(terminal, true);
        this.filter = filter;
        this.redacts = redacts;
    }

    /** Control and direction characters escaped. */
    static PrintWriter around(PrintWriter terminal) {
        return terminal instanceof SafeTerminalWriter ? terminal : new SafeTerminalWriter(terminal, VisibleText::prose, false);
    }

    /** Control and direction characters escaped, and secrets redacted: for writers that print plan and world text only. */
    static PrintWriter redacting(PrintWriter terminal) {
        return terminal instanceof SafeTerminalWriter safe && safe.redacts ? terminal
                : new SafeTerminalWriter(terminal, SafeText::forDisplay, true);
    }

    @Override
    public void write(String text, int offset, int length) {
        String safe = filter.apply(text.substring(offset, offset + length));
        super.write(safe, 0, safe.length());
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }
}
