package dev.warroom.importer.commands;

import java.util.Optional;
import java.util.TreeMap;

/** A recognised command in one line, for table tests: {@code kind -> target-id {params}} or {@code manual}. */
final class Outcomes {

    private Outcomes() {
    }

    static String describe(Optional<RecognizedCommand> recognized) {
        if (recognized.isEmpty()) {
            return "manual";
        }
        RecognizedCommand command = recognized.get();
        String target = command.target().map(r -> r.kind() + " " + r.id() + " " + new TreeMap<>(r.observe())).orElse("no target");
        String params = command.params().isEmpty() ? "" : " " + new TreeMap<>(command.params());
        return command.actionKind() + " -> " + target + params;
    }
}
