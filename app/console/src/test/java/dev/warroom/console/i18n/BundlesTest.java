package dev.warroom.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.palette.AppCommands;
import dev.warroom.console.room.reference.PanelSection;
import dev.warroom.console.room.board.StatusLook;
import dev.warroom.console.room.timeline.TimelineKind;
import dev.warroom.console.theme.Theme;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.plan.model.ChecklistPhase;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.ResourceRole;
import dev.warroom.core.plan.model.SiteRole;
import dev.warroom.core.plan.model.StepType;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.ReplicationRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three bundles stay in step with each other and with the code: the same keys in English,
 * 繁體中文 and 简体中文, every key the console asks for exists, and every key in the bundles is asked for.
 * Keys are found as string literals in the console's sources; keys built from a prefix and an enum
 * are listed below from the enum itself.
 */
class BundlesTest {

    private static final Map<String, String> FILES = Map.of(
            "English", "messages.properties",
            "繁體中文", "messages_zh_TW.properties",
            "简体中文", "messages_zh_CN.properties");

    /** Each prefix the code completes at run time, and every word it completes it with. */
    private static final Map<String, List<String>> BUILT_KEYS = Map.ofEntries(
            Map.entry("board.health.", words(Health.values(), h -> StatusLook.wordsKey(h).substring("board.health.".length()))),
            Map.entry("board.status.", words(BoardStatus.values(), s -> StatusLook.wordsKey(s).substring("board.status.".length()))),
            Map.entry("board.role.", Stream.concat(Arrays.stream(ReplicationRole.values()).filter(r -> r != ReplicationRole.NONE),
                    Arrays.stream(ResourceRole.values())).map(BundlesTest::lowerCase).distinct().toList()),
            Map.entry("board.site.role.", words(SiteRole.values(), BundlesTest::lowerCase)),
            Map.entry("checklist.phase.", words(ChecklistPhase.values(), BundlesTest::lowerCase)),
            Map.entry("header.mode.", Arrays.stream(Mode.values()).flatMap(m -> Stream.of(m.word(), m.word() + ".tip")).toList()),
            Map.entry("header.status.", words(IncidentStatus.values(), BundlesTest::lowerCase)),
            Map.entry("palette.theme.", words(Theme.values(), AppCommands::themeWord)),
            Map.entry("reference.section.", words(PanelSection.values(), PanelSection::word)),
            Map.entry("procedure.kind.", words(StepType.values(), BundlesTest::lowerCase)),
            // a step that succeeded reads "done"; the others are their status in lower-case words
            Map.entry("procedure.status.", words(StepStatus.values(),
                    s -> s == StepStatus.SUCCEEDED ? "done" : lowerCase(s).replace('_', '-'))),
            Map.entry("start.mode.about.", words(Mode.values(), Mode::word)),
            Map.entry("timeline.kind.", words(TimelineKind.values(), k -> k.messageKey().substring("timeline.kind.".length()))),
            Map.entry("timeline.note.", words(NoteKind.values(), NoteKind::word)),
            Map.entry("timeline.note.prompt.", words(NoteKind.values(), NoteKind::word)),
            Map.entry("timeline.shortcut.", words(NoteKind.values(), NoteKind::word)),
            // the number keys 1–9 answer a question
            Map.entry("tree.answer.", IntStream.rangeClosed(1, 9).mapToObj(Integer::toString).toList()),
            Map.entry("tree.kind.", words(NodeType.values(), BundlesTest::lowerCase)));

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-zA-Z0-9-]+)+\\.?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Map<String, Properties> bundles;
    private static Set<String> literals;
    private static Set<String> sections;

    @BeforeAll
    static void read() throws IOException {
        bundles = new TreeMap<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            bundles.put(file.getKey(), load(file.getValue()));
        }
        sections = keys("English").stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
        literals = new TreeSet<>();
        Path sources = Path.of(System.getProperty("warroom.root", "../..")).resolve("app/console/src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = STRING_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
            }
        }
        assertThat(literals).as("string literals read from " + sources).hasSizeGreaterThan(100);
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> english = keys("English");
        for (String language : List.of("繁體中文", "简体中文")) {
            Set<String> other = keys(language);
            assertThat(difference(english, other)).as("keys in English missing from " + language).isEmpty();
            assertThat(difference(other, english)).as("keys in " + language + " that English lacks").isEmpty();
        }
    }

    @Test
    void everyTranslationFillsInTheSamePlaceholders() {
        for (String key : keys("English")) {
            Set<String> english = placeholders(bundles.get("English").getProperty(key));
            for (String language : List.of("繁體中文", "简体中文")) {
                String words = bundles.get(language).getProperty(key);
                if (words != null) {
                    assertThat(placeholders(words)).as(language + " " + key).isEqualTo(english);
                    assertThat(words).as(language + " " + key).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyKeyTheConsoleAsksForExists() {
        assertThat(difference(askedFor(), keys("English"))).as("keys used in app/console/src/main/java but missing from the bundles")
                .isEmpty();
    }

    @Test
    void everyPrefixTheConsoleCompletesAtRunTimeIsListedHere() {
        Set<String> prefixes = literals.stream().filter(BundlesTest::isKeyLike).filter(l -> l.endsWith("."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(prefixes).as("prefixes in the code; list their words in BUILT_KEYS").isEqualTo(new TreeSet<>(BUILT_KEYS.keySet()));
    }

    @Test
    void everyKeyInTheBundlesIsUsed() {
        assertThat(difference(keys("English"), askedFor())).as("keys in the bundles that the console never asks for").isEmpty();
    }

    @Test
    void traditionalChineseWritesPlanOneWayAsTheReportsDo() {
        // 計劃 and 計畫 are both correct; one screen showing both (開啟計劃檔案… beside 計畫參考資料) reads as two things
        assertThat(keys("繁體中文")).filteredOn(key -> bundles.get("繁體中文").getProperty(key).contains("計畫")).isEmpty();
    }

    /** The keys the code asks for: key-shaped literals in a section's namespace, and the keys built from prefixes. */
    private static Set<String> askedFor() {
        Set<String> asked = literals.stream().filter(BundlesTest::isKeyLike).filter(l -> !l.endsWith("."))
                .collect(Collectors.toCollection(TreeSet::new));
        BUILT_KEYS.forEach((prefix, words) -> words.forEach(word -> asked.add(prefix + word)));
        return asked;
    }

    /** A dotted literal in one of the bundles' sections; stylesheet names (board.css …) are the only such literals that are not keys. */
    private static boolean isKeyLike(String literal) {
        return KEY_SHAPE.matcher(literal).matches() && sections.contains(literal.substring(0, literal.indexOf('.')))
                && !literal.endsWith(".css");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/dev/warroom/console/i18n/" + name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static Set<String> keys(String language) {
        return new TreeSet<>(bundles.get(language).stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> left = new TreeSet<>(a);
        left.removeAll(b);
        return left;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static <E> List<String> words(E[] values, Function<E, String> word) {
        return Arrays.stream(values).map(word).distinct().toList();
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
