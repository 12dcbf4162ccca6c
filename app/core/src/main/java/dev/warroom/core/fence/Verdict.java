package dev.warroom.core.fence;

/** Whether something lies inside the drill environment, and why, in words a commander reads. */
public record Verdict(boolean inside, String words) {

    static Verdict in(String words) {
        return new Verdict(true, words);
    }

    static Verdict out(String words) {
        return new Verdict(false, words);
    }
}
