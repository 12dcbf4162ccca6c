package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.journal.JournalVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A crash can stop an incident after any event. Each test cuts a finished autopilot run's journal
 * after its first N events, resumes it, and lets the autopilot finish: nothing recorded is lost or
 * changed, and nothing runs again without a new confirmation.
 */
class ResumeAfterCutTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static List<String> referenceLines;

    private static synchronized List<String> reference() throws Exception {
        if (referenceLines == null) {
            Path file = shared.resolve("reference.jsonl");
            try (IncidentRig rig = IncidentRig.open(file)) {
                IncidentState end = rig.driveToEnd(new Autopilot());
                assertThat(end.status()).isEqualTo(IncidentStatus.RESOLVED);
            }
            referenceLines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        return referenceLines;
    }

    /**
     * Every eighth cut; right after the first, second and last event of each type; and right after
     * every action step started, where a crash leaves an outcome unknown.
     */
    static IntStream cuts() throws Exception {
        List<String> lines = reference();
        List<IncidentEvent> events = IncidentRig.eventsIn(shared.resolve("reference.jsonl"));
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int n = 1; n < lines.size(); n += 8) {
            cuts.add(n);
        }
        Map<String, List<Integer>> byType = new HashMap<>();
        for (int i = 0; i < events.size() - 1; i++) {
            IncidentEvent e = events.get(i);
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(i + 1);
            if (e.type().equals(EventTypes.STEP_STARTED) && !e.text("kind").isEmpty()) {
                cuts.add(i + 1);
            }
        }
        for (List<Integer> at : byType.values()) {
            cuts.add(at.get(0));
            cuts.add(at.get(Math.min(1, at.size() - 1)));
            cuts.add(at.get(at.size() - 1));
        }
        return cuts.stream().mapToInt(Integer::intValue);
    }

    private Path cutAfter(int n) throws Exception {
        Path cut = dir.resolve("cut-" + n + ".jsonl");
        Files.write(cut, reference().subList(0, n), StandardCharsets.UTF_8);
        return cut;
    }

    @ParameterizedTest(name = "cut after event {0}")
    @MethodSource("cuts")
    void aResumeAfterAnyEventKeepsWhatWasRecordedAndReachesTheEnd(int n) throws Exception {
        Path cut = cutAfter(n);
        List<IncidentEvent> kept = IncidentRig.eventsIn(cut);
        IncidentState beforeCrash = IncidentFold.fold(IncidentRig.plan(), kept);
        assertThat(kept).hasSize(n);

        try (IncidentRig rig = IncidentRig.resume(cut, "bob")) {
            List<IncidentEvent> events = rig.events();
            assertThat(events.subList(0, n)).isEqualTo(kept);
            assertThat(events.get(n).type()).isEqualTo(EventTypes.RESUMED);
            assertThat(IncidentFold.fold(IncidentRig.plan(), events.subList(0, n))).isEqualTo(beforeCrash);
            assertResumedFrom(beforeCrash, IncidentFold.fold(IncidentRig.plan(), events.subList(0, n + 1)));

            IncidentState end = rig.driveToEnd(new Autopilot());

            assertThat(end.status()).as("after a cut at event %d: %s", n, end.endReason()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(rig.events().subList(0, n)).isEqualTo(kept);
            assertThat(ResumeChecks.violations(rig.events())).isEmpty();
        }
        assertThat(JournalVerifier.verify(cut).ok()).isTrue();
    }

    /** The resume keeps every fact and lapses only what a crash interrupts: a running step and an unused confirmation. */
    private static void assertResumedFrom(IncidentState before, IncidentState after) {
        assertThat(after.path()).isEqualTo(before.path());
        assertThat(after.ticks()).isEqualTo(before.ticks());
        assertThat(after.notes()).isEqualTo(before.notes());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.decidedAt()).isEqualTo(before.decidedAt());
        assertThat(statuses(after)).isEqualTo(statuses(before).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> switch (e.getValue()) {
                    case RUNNING -> StepStatus.OUTCOME_UNKNOWN;
                    case CONFIRMED -> StepStatus.PROPOSED;
                    default -> e.getValue();
                })));
    }

    private static Map<String, StepStatus> statuses(IncidentState state) {
        return state.procedures().stream().flatMap(p -> p.steps().stream().map(s -> Map.entry(p.procedureId() + "/" + s.stepId(), s.status())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
    }
}
