package dev.warroom.core.plan.load;

/** A place in a plan file; line and column count from 1. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);
}
