package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every action step of every plan in plans/, previewed by the simulated world as a TABLETOP incident's dispatcher asks for
 * it (before any fault, and a few minutes into each of the plan's scenarios), and once more without its parameters and
 * without its target (the world's "Cannot …" summary): its summary and each change line read in
 * Chinese with none of the engine's English left, and exactly as recorded in English. What came from the plan or the
 * request (ids, names, URLs, regions, parameter values, the action kind) may stay as written.
 */
class PreviewsInTheReadersLanguageTest {

    private static final Instant START = Instant.parse("2026-11-21T03:00:00Z");
    private static final Duration INTO_THE_SCENARIO = Duration.ofMinutes(5);
    /** Names the Chinese keeps in their own spelling: tools, protocols, Azure's redundancy levels, a plan property, a control's state. */
    private static final Set<String> KEPT = Set.of("shell", "kubernetes", "kubectl", "pod", "dns", "ttl", "lrs", "grs", "http", "on", "off",
            "maxreplicas");
    /** A run of Latin letters, as the plan's and the request's texts are split into words. */
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
    /**
     * A word as a sentence has it: Latin letters standing alone, not part of a value (a number with a unit, 1.6s; a host name,
     * ingress.eastus.sim.invalid; an id, db-dr; a URL; a {{placeholder}} or $VARIABLE).
     */
    private static final Pattern WORD = Pattern.compile("(?<![\\w.\\-/:{$])[A-Za-z]+(?![\\w.\\-/}])");

    private static final RecordedWords EN = new RecordedWords(ReportWords.of(TextLanguage.ENGLISH));
    private static final List<RecordedWords> CHINESE = List.of(new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE)),
            new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE)));

    private record Previewed(String where, String line, Set<String> ownWords) {
    }

    private static final List<Previewed> lines = new ArrayList<>();

    @BeforeAll
    static void previewEveryActionStep() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("warroom.root", "../.."), "plans"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("schema")).sorted().toList()) {
                Plan plan = new PlanLoader().load(file).plan().orElseThrow(() -> new AssertionError(file + " does not load"));
                preview(file.getFileName() + " (no fault)", plan, Optional.empty());
                for (Scenario scenario : plan.scenarios()) {
                    preview(file.getFileName() + " (" + scenario.id() + ")", plan, Optional.of(scenario));
                }
            }
        }
    }

    private static void preview(String where, Plan plan, Optional<Scenario> scenario) throws ReachRefusedException {
        VirtualClock clock = new VirtualClock(START);
        SimulatedWorld world = new SimulatedWorld(plan, clock, 42);
        scenario.ifPresent(s -> s.faults().forEach(f -> world.inject(f, START)));
        clock.advance(scenario.isPresent() ? INTO_THE_SCENARIO : Duration.ZERO);
        ActionDispatcher dispatcher = new ActionDispatcher(Mode.TABLETOP, world, false);
        StepRequests requests = new StepRequests(plan);
        for (Step step : plan.procedures().stream().flatMap(p -> p.steps().stream()).filter(s -> s.action() != null).toList()) {
            ActionRequest request = requests.request(step, step.action());
            ActionPreview preview = dispatcher.preview(request);
            Set<String> own = ownWords(plan, request);
            String at = where + " " + step.id();
            lines.add(new Previewed(at + " summary", preview.summary(), own));
            preview.changes().forEach(change -> lines.add(new Previewed(at + " change", change, own)));
            if (scenario.isEmpty()) {
                for (ActionRequest incomplete : incomplete(request)) {
                    lines.add(new Previewed(at + " refused", dispatcher.preview(incomplete).summary(), own));
                }
            }
        }
    }

    /** The step's request without its parameters, and without its target: what the world refuses to preview ("Cannot …"). */
    private static List<ActionRequest> incomplete(ActionRequest request) {
        List<ActionRequest> refused = new ArrayList<>();
        if (!ActionKinds.find(request.kind()).orElseThrow().requiredParams().isEmpty()) {
            refused.add(new ActionRequest(request.kind(), request.target(), request.channel(), Map.of(), request.timeout()));
        }
        if (request.target().isPresent() || request.channel().isPresent()) {
            refused.add(new ActionRequest(request.kind(), Optional.empty(), Optional.empty(), request.params(), request.timeout()));
        }
        return refused;
    }

    /**
     * The words of what the plan and the request give: ids, names, observed values, regions, parameters, the kind, its
     * parameters' names and its target kinds.
     */
    private static Set<String> ownWords(Plan plan, ActionRequest request) {
        List<String> texts = new ArrayList<>(List.of(request.kind(), request.targetName()));
        ActionKind kind = ActionKinds.find(request.kind()).orElseThrow();
        texts.addAll(kind.targetKinds());
        texts.addAll(kind.requiredParams());
        texts.addAll(kind.optionalParams());
        texts.addAll(request.params().values());
        request.target().ifPresent(r -> texts.addAll(r.observe().values()));
        request.channel().ifPresent(c -> texts.addAll(Stream.of(c.id(), c.address()).filter(t -> t != null).toList()));
        for (Site site : plan.sites()) {
            texts.add(site.id());
            Optional.ofNullable(site.region()).ifPresent(texts::add);
            for (Resource r : site.resources()) {
                texts.add(r.id());
                Optional.ofNullable(r.observe().get("region")).ifPresent(texts::add);
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

    @Test
    void everyPlanHasActionStepsToPreviewAndSomeTheWorldRefuses() {
        assertThat(lines).hasSizeGreaterThan(50);
        assertThat(lines).anySatisfy(l -> assertThat(l.line()).startsWith("Cannot "));
    }

    @Test
    void inEnglishEverySummaryAndChangeReadsAsRecorded() {
        assertThat(lines).allSatisfy(l -> assertThat(EN.preview(l.line())).as(l.where()).isEqualTo(l.line()));
    }

    @Test
    void inChineseEverySummaryAndChangeIsSaidAgainWithNoneOfTheEnginesEnglishLeft() {
        for (RecordedWords chinese : CHINESE) {
            assertThat(lines).allSatisfy(l -> {
                String said = chinese.preview(l.line());
                assertThat(said).as("%s: %s", l.where(), l.line()).isNotEqualTo(l.line());
                assertThat(matches(WORD, said)).as("%s: %s → %s", l.where(), l.line(), said)
                        .allMatch(w -> KEPT.contains(w) || l.ownWords().contains(w));
            });
        }
    }
}
