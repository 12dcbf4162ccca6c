package dev.warroom.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** One question at the terminal and the line typed back; a closed input stops the run as the commander's questions do. */
final class TerminalPrompt {

    private final BufferedReader in;
    private final PrintWriter out;

    TerminalPrompt(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = SafeTerminalWriter.redacting(out);
    }

    PrintWriter out() {
        return out;
    }

    String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                throw new TerminalCommander.InputClosedException();
            }
            return line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
