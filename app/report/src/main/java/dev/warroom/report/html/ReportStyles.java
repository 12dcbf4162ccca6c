package dev.warroom.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's stylesheet (screen and print), kept as a resource beside this class and inlined into every page. */
final class ReportStyles {

    private static final String SCREEN_AND_PRINT = read("report.css");

    private ReportStyles() {
    }

    static String screenAndPrint() {
        return SCREEN_AND_PRINT;
    }

    private static String read(String name) {
        try (InputStream in = ReportStyles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report stylesheet " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
