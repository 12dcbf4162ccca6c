package dev.warroom.core.world;

/** What became of a fault a drill asked for: brought about ({@code done}), or left to the facilitator, in words either way. */
public record Injection(boolean done, String words) {

    public static Injection done(String words) {
        return new Injection(true, words);
    }

    public static Injection byHand(String why) {
        return new Injection(false, why);
    }
}
