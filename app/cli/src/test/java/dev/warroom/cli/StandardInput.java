package dev.warroom.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** Runs a command with the given text as its standard input, as a person typing it and then closing the terminal. */
final class StandardInput {

    private StandardInput() {
    }

    static <T> T typing(String text, Callable<T> command) throws Exception {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.call();
        } finally {
            System.setIn(original);
        }
    }
}
