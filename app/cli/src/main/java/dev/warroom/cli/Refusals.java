package dev.warroom.cli;

import dev.warroom.service.RequestRefusedException;
import java.io.PrintWriter;

/** Prints a refused request the way every command does, and gives its exit code. */
final class Refusals {

    private Refusals() {
    }

    static int report(RequestRefusedException refused, PrintWriter err) {
        refused.details().forEach(err::println);
        err.println("warroom: " + refused.getMessage());
        return refused.kind() == RequestRefusedException.Kind.PROBLEMS ? ExitCodes.PROBLEMS : ExitCodes.USAGE;
    }
}
