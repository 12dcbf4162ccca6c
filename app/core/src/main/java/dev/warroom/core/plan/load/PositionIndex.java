package dev.warroom.core.plan.load;

/** Maps JSON Pointers of a loaded document to where their nodes stand in the file. */
public interface PositionIndex {

    /** Position of the value at {@code pointer}, or of its nearest ancestor that has one. */
    Position valueAt(String pointer);

    /** Position of the mapping key that names {@code pointer}, falling back to {@link #valueAt}. */
    Position keyAt(String pointer);

    PositionIndex EMPTY = new PositionIndex() {
        @Override
        public Position valueAt(String pointer) {
            return Position.START;
        }

        @Override
        public Position keyAt(String pointer) {
            return Position.START;
        }
    };
}
