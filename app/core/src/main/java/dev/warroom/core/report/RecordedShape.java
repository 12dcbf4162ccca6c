package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A recorded English text of one shape and the report key that says it again, its groups filled in as the key's arguments. */
record RecordedShape(Pattern pattern, String key) {

    static RecordedShape of(String regex, String key) {
        return new RecordedShape(Pattern.compile(regex, Pattern.DOTALL), key);
    }

    /** The first of {@code shapes} that matches the whole of {@code recorded}, said in {@code say}'s words. */
    static Optional<String> sayFirst(List<RecordedShape> shapes, ReportWords say, String recorded) {
        return sayFirst(shapes, say, recorded, UnaryOperator.identity());
    }

    /** The same, with the last group (a duration, a reason) said by {@code last} first. */
    static Optional<String> sayFirst(List<RecordedShape> shapes, ReportWords say, String recorded, UnaryOperator<String> last) {
        for (RecordedShape shape : shapes) {
            Matcher m = shape.pattern.matcher(recorded);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = i == groups.length - 1 ? last.apply(m.group(i + 1)) : m.group(i + 1);
                }
                return Optional.of(say.get(shape.key, groups));
            }
        }
        return Optional.empty();
    }
}
