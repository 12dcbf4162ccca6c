package dev.warroom.core.world;

/** Why a probe could not observe its resource; each shows distinctly on the state board. */
public enum ProbeFailure {
    UNREACHABLE("unreachable"),
    TIMEOUT("timed out"),
    THROTTLED("throttled"),
    AUTH_FAILED("auth failed"),
    ERROR("error"),
    /** A DRILL did not probe the resource: it lies outside the plan's drill environment. */
    OUTSIDE_DRILL("not observed in DRILL");

    private final String words;

    ProbeFailure(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
