package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether the commander allowed the plan's shell commands is in the journal, at the opening and at every resume. */
class ShellChoiceIsJournaledTest {

    @TempDir
    Path dir;

    private IncidentRuntime open(Path journal, boolean allowShell) throws Exception {
        return TabletopRuntime.open(new TabletopRuntime.Tabletop(IncidentRig.plan(), "plans/ai-workflow.yaml", "test",
                Optional.of(IncidentRig.scenario()), journal, new VirtualClock(IncidentRig.START), IncidentRig.SEED, Duration.ZERO,
                allowShell, "alice", "shell choice"), event -> { });
    }

    private static IncidentEvent first(List<IncidentEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    private static String words(IncidentEvent event) {
        return new TimelineWords(IncidentRig.plan()).describe(event).orElseThrow().event();
    }

    @Test
    void anOpeningRecordsThatShellCommandsWereNotAllowedAndTheTimelineSaysNothingOfThem() throws Exception {
        Path journal = dir.resolve("refused.jsonl");
        try (IncidentRuntime runtime = open(journal, false)) {
            assertThat(runtime.incident().events()).isNotEmpty();
        }

        IncidentEvent opened = first(IncidentRig.eventsIn(journal), EventTypes.OPENED);
        assertThat(opened.data().path("shellAllowed").isBoolean()).isTrue();
        assertThat(opened.data().path("shellAllowed").asBoolean()).isFalse();
        assertThat(words(opened)).startsWith("Incident opened in TABLETOP mode").doesNotContain("shell");
    }

    @Test
    void anOpeningRecordsThatShellCommandsWereAllowedAndTheTimelineSaysSo() throws Exception {
        Path journal = dir.resolve("allowed.jsonl");
        try (IncidentRuntime runtime = open(journal, true)) {
            assertThat(runtime.incident().events()).isNotEmpty();
        }

        IncidentEvent opened = first(IncidentRig.eventsIn(journal), EventTypes.OPENED);
        assertThat(opened.data().path("shellAllowed").asBoolean()).isTrue();
        assertThat(words(opened)).endsWith(", shell commands allowed");
    }

    @Test
    void eachResumeRecordsTheChoiceAskedAgainNotTheOpeningsChoice() throws Exception {
        Path journal = dir.resolve("resumed.jsonl");
        try (IncidentRuntime runtime = open(journal, false)) {
            assertThat(runtime.incident().events()).isNotEmpty();
        }
        VirtualClock later = new VirtualClock(IncidentRig.START.plusSeconds(60));
        try (IncidentRuntime runtime = TabletopRuntime.resume(IncidentRig.plan(), journal, later, true, "bob", event -> { })) {
            assertThat(runtime.incident().events()).isNotEmpty();
        }
        try (IncidentRuntime runtime = TabletopRuntime.resume(IncidentRig.plan(), journal, later, false, "carol", event -> { })) {
            assertThat(runtime.incident().events()).isNotEmpty();
        }

        List<IncidentEvent> events = IncidentRig.eventsIn(journal);
        assertThat(first(events, EventTypes.OPENED).data().path("shellAllowed").asBoolean()).isFalse();
        List<IncidentEvent> resumes = events.stream().filter(e -> e.type().equals(EventTypes.RESUMED)).toList();
        assertThat(resumes).extracting(IncidentEvent::actor).containsExactly("bob", "carol");
        assertThat(resumes).extracting(e -> e.data().path("shellAllowed").asBoolean()).containsExactly(true, false);
        assertThat(resumes).extracting(ShellChoiceIsJournaledTest::words)
                .containsExactly("Incident resumed from the journal, shell commands allowed", "Incident resumed from the journal");
    }
}
