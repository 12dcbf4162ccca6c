package dev.warroom.cli;

import dev.warroom.core.incident.SuggestionProgress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the terminal reads the current question's suggestions from while it asks: the incident and its clock. */
interface SuggestionWatch {

    /** Nothing to watch: the terminal prints the suggestion as the driver hands it over, without countdowns. */
    SuggestionWatch NONE = new SuggestionWatch() {
        @Override
        public List<SuggestionProgress> progress() {
            return List.of();
        }

        @Override
        public Optional<Instant> seenAt() {
            return Optional.empty();
        }

        @Override
        public Instant now() {
            return Instant.EPOCH;
        }
    };

    /** Each suggestion of the current question as the signals last judged it. */
    List<SuggestionProgress> progress();

    /** The incident time of that judgement. */
    Optional<Instant> seenAt();

    /** The incident's time now. */
    Instant now();
}
