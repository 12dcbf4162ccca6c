package dev.warroom.core.report.doc;

import java.util.List;

/** Labelled values, e.g. the basic information of an incident. */
public record Facts(List<Fact> facts) implements Block {

    public Facts {
        facts = List.copyOf(facts);
    }

    public record Fact(String label, Cell value) {
    }
}
