package dev.warroom.service.table;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One row of the request table, as every front end can put it: open a plan (in TABLETOP, with or
 * without a scenario) into a journal, or resume a journal; and what must come of it: an incident, or a
 * refusal whose words contain {@code refusal}.
 */
public record RequestCase(String name, Kind kind, Path plan, Optional<String> scenario, Path journal, Optional<String> refusal) {

    public enum Kind { OPEN, RESUME }

    public boolean opens() {
        return refusal.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
