package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.board.ObservationHeadline;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every resource of every plan in plans/, read by the simulated world's probe before any fault, a few minutes into each of
 * the plan's scenarios and a few minutes after each of its drills' injects that changes the world: the line a board row shows of the reading, or the probe's error, reads in Chinese with none of
 * the engine's English left, and exactly as recorded in English. What came from the plan (ids, sites, regions, hosts, the
 * resource's observed names) may stay as written.
 */
class ReadingsInTheReadersLanguageTest {

    private static final Instant START = Instant.parse("2026-11-21T03:00:00Z");
    private static final Duration INTO_THE_SCENARIO = Duration.ofMinutes(5);
    /**
     * Names the Chinese keeps in their own spelling: protocols, a control's state, and the providers' error codes and the
     * commands their messages name, as the providers' tools print them.
     */
    private static final Set<String> KEPT = Set.of("http", "ms", "api", "on", "off", "throttlingexception", "expiredtokenexception",
            "fatal", "wrongpass", "kubeconfig", "az", "aws", "sso", "login");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
    /** A word as a sentence has it: Latin letters standing alone, not part of a value (1.6s, ingress.eastus.sim.invalid, db-dr). */
    private static final Pattern WORD = Pattern.compile("(?<![\\w.\\-/:{$])[A-Za-z]+(?![\\w.\\-/}])");

    private static final RecordedWords EN = new RecordedWords(ReportWords.of(TextLanguage.ENGLISH));
    private static final List<RecordedWords> CHINESE = List.of(new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE)),
            new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE)));

    private record Read(String where, String line, Set<String> ownWords) {
    }

    private static final List<Read> lines = new ArrayList<>();

    @BeforeAll
    static void readEveryResource() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("warroom.root", "../.."), "plans"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("schema")).sorted().toList()) {
                Plan plan = new PlanLoader().load(file).plan().orElseThrow(() -> new AssertionError(file + " does not load"));
                read(file.getFileName() + " (no fault)", plan, List.of());
                for (Scenario scenario : plan.scenarios()) {
                    read(file.getFileName() + " (" + scenario.id() + ")", plan, scenario.faults());
                }
                for (Drill drill : plan.drills()) {
                    for (DrillInject inject : drill.injects()) {
                        Optional<Fault> change = inject.worldChange();
                        if (change.isPresent()) {
                            read(file.getFileName() + " (" + drill.id() + " " + inject.id() + ")", plan, List.of(change.get()));
                        }
                    }
                }
            }
        }
    }

    private static void read(String where, Plan plan, List<Fault> faults) {
        VirtualClock clock = new VirtualClock(START);
        SimulatedWorld world = new SimulatedWorld(plan, clock, 42);
        faults.forEach(f -> world.inject(f, START));
        clock.advance(faults.isEmpty() ? Duration.ZERO : INTO_THE_SCENARIO);
        Set<String> own = ownWords(plan);
        for (Resource resource : plan.sites().stream().flatMap(s -> s.resources().stream()).toList()) {
            Optional<Probe> probe = world.probeFor(resource.kind());
            if (probe.isEmpty()) {
                continue;
            }
            String at = where + " " + resource.id();
            try {
                ObservationHeadline.of(probe.get().observe(resource)).ifPresent(l -> lines.add(new Read(at + " detail", l, own)));
            } catch (ProbeException e) {
                lines.add(new Read(at + " error", e.getMessage(), own));
            }
        }
    }

    /** The words of what the plan gives: site ids and regions, resource ids and what the plan says to observe of each. */
    private static Set<String> ownWords(Plan plan) {
        List<String> texts = new ArrayList<>();
        for (Site site : plan.sites()) {
            texts.add(site.id());
            Optional.ofNullable(site.region()).ifPresent(texts::add);
            for (Resource r : site.resources()) {
                texts.add(r.id());
                texts.addAll(r.observe().values());
            }
        }
        Set<String> words = new HashSet<>();
        texts.forEach(t -> words.addAll(matches(LETTERS, t)));
        return words;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    private static boolean foreign(String text, Set<String> ownWords) {
        return !matches(WORD, text).stream().allMatch(w -> KEPT.contains(w) || ownWords.contains(w));
    }

    @Test
    void everyPlanHasResourcesToReadAndSomeDoNotAnswer() {
        assertThat(lines).hasSizeGreaterThan(100);
        assertThat(lines).anySatisfy(l -> assertThat(l.where()).endsWith(" error"));
    }

    @Test
    void inEnglishEveryReadingReadsAsRecorded() {
        assertThat(lines).allSatisfy(l -> assertThat(EN.reading(l.line())).as(l.where()).isEqualTo(l.line()));
    }

    @Test
    void inChineseEveryReadingIsSaidAgainWithNoneOfTheEnginesEnglishLeft() {
        for (RecordedWords chinese : CHINESE) {
            assertThat(lines).allSatisfy(l -> {
                String said = chinese.reading(l.line());
                if (foreign(l.line(), l.ownWords())) {
                    assertThat(said).as("%s: %s", l.where(), l.line()).isNotEqualTo(l.line());
                }
                assertThat(matches(WORD, said)).as("%s: %s → %s", l.where(), l.line(), said)
                        .allMatch(w -> KEPT.contains(w) || l.ownWords().contains(w));
            });
        }
    }
}
