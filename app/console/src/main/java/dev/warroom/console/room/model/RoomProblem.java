package dev.warroom.console.room.model;

import dev.warroom.console.i18n.Messages;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What the room says went wrong with the last command, kept as it was given so that it is said in the room's language
 * when it is shown (and again after a switch): the engine's refusal in its own words, which {@code RecordedWords} says
 * again where it knows their shape; or the room's own words by key, whose arguments may be another problem or a duration
 * (said in the same language) or a text as given.
 */
public sealed interface RoomProblem {

    RoomProblem NONE = new EngineWords("");

    String in(Messages messages);

    default boolean isEmpty() {
        return this == NONE;
    }

    /** The engine's words (a refusal, or a failure's message); empty words are no problem. */
    static RoomProblem engine(String words) {
        return words == null || words.isEmpty() ? NONE : new EngineWords(words);
    }

    static RoomProblem room(String key, Object... args) {
        return new RoomWords(key, Arrays.asList(args));
    }

    record EngineWords(String words) implements RoomProblem {
        @Override
        public String in(Messages messages) {
            return messages.recorded().reason(words);
        }
    }

    record RoomWords(String key, List<Object> args) implements RoomProblem {
        @Override
        public String in(Messages messages) {
            return messages.get(key, args.stream().map(arg -> arg instanceof RoomProblem inner ? inner.in(messages)
                    : arg instanceof Duration duration ? messages.duration(duration) : arg).toArray());
        }
    }
}
