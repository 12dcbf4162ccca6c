package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.service.RequestRefusedException;
import dev.warroom.service.words.ServiceText;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Why opening, resuming or showing a report failed, kept as it was given so that it is said in the language the window
 * shows when it is shown (and again after a switch): the service's refusal by its key and arguments, with the plan's
 * problem lines said again as the start screen's problem list says them; a message of the start screen's own by its key;
 * any other failure in its own words.
 */
public sealed interface StartFailure {

    StartFailure NONE = new AsGiven("");

    /** The words in {@code messages}' language as it is now. */
    String in(Messages messages);

    /** The words in English, as the command line would print them. */
    default String english() {
        return in(new Messages());
    }

    default boolean isEmpty() {
        return this == NONE;
    }

    static StartFailure of(Throwable failed) {
        Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
        if (cause instanceof RequestRefusedException refused) {
            return new Refused(refused.details(), refused.text());
        }
        return new AsGiven(RequestRefusedException.words(cause));
    }

    /** One of the start screen's own messages. */
    static StartFailure saying(String key, Object... args) {
        return new Said(key, Arrays.asList(args));
    }

    /** A refusal: its plan problem lines (file:line:column as the validator wrote them), then why. */
    record Refused(List<String> problems, ServiceText why) implements StartFailure {
        @Override
        public String in(Messages messages) {
            RecordedWords recorded = messages.recorded();
            return String.join("\n", Stream.concat(problems.stream().map(recorded::problem), Stream.of(why.in(messages.locale()))).toList());
        }
    }

    /** A failure that has no words but its own (a journal the file system will not give, say): as given in every language. */
    record AsGiven(String words) implements StartFailure {
        @Override
        public String in(Messages messages) {
            return words;
        }
    }

    record Said(String key, List<Object> args) implements StartFailure {
        @Override
        public String in(Messages messages) {
            return messages.get(key, args.toArray());
        }
    }
}
