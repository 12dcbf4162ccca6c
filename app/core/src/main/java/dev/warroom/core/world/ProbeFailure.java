package dev.warroom.core.world;

/** Why a probe could not observe its resource; each shows distinctly on the state board. */
public enum ProbeFailure {
    UNREACHABLE("unreachable"),
    TIMEOUT("timed out"),
    THROTTLED("throttled"),
    AUTH_FAILED("auth failed"),
    ERROR("error");

    private final String words;

    ProbeFailure(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
