package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SafeTerminalWriterTest {

    private static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void everyWayOfPrintingIsFiltered() {
        StringWriter screen = new StringWriter();
        PrintWriter out = SafeTerminalWriter.redacting(new PrintWriter(screen));

        out.println("step \u001b[2J " + TOKEN);
        out.printf("[%s] %s%n", "10:00", "\u202eevil\u202c");
        out.print('\u0007');
        out.write("\u001b]0;title\u0007".toCharArray());
        out.flush();

        assertThat(screen.toString()).doesNotContain("\u001b", "\u0007", "\u202e", TOKEN)
                .contains("step \\u001b[2J [redacted]").contains("[10:00] \\u202eevil\\u202c").contains("\\u0007");
    }

    @Test
    void theWholeTerminalHasItsEscapesShownButFileNamesKept() {
        StringWriter screen = new StringWriter();
        PrintWriter out = SafeTerminalWriter.around(new PrintWriter(screen));

        out.println("plans/secret-rotation.yaml:7:9: error: \u001b[2J");
        out.flush();

        assertThat(screen.toString()).startsWith("plans/secret-rotation.yaml:7:9: error: \\u001b[2J");
    }

    @Test
    void wrappingTwiceFiltersOnce() {
        PrintWriter once = SafeTerminalWriter.redacting(new PrintWriter(new StringWriter()));
        assertThat(SafeTerminalWriter.around(once)).isSameAs(once);
        assertThat(SafeTerminalWriter.redacting(once)).isSameAs(once);
    }
}
