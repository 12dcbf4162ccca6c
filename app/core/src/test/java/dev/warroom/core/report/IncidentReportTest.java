package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.time.DurationText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a real autopilot run of the region-failure scenario, as a commander reads it after the incident. */
class IncidentReportTest {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static List<IncidentEvent> events;
    private static IncidentReport report;
    private static String markdown;
    private static Instant notedAt;

    @BeforeAll
    static void runTheIncidentAndWriteItsReport() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (IncidentRig rig = IncidentRig.open(file)) {
            rig.clock.advance(Duration.ofSeconds(20));
            notedAt = rig.clock.now();
            rig.incident.tick("pre-failover", "management-approval", "erin");
            rig.incident.note(NoteKind.NOTE, "war room bridge opened on Zoom", "erin");
            rig.incident.note(NoteKind.ISSUE, "replica lag alert fired late", "bob");
            rig.incident.note(NoteKind.ACTION_ITEM, "page the DBA automatically on region failure", "carol");
            rig.driveToEnd(new Autopilot());
            events = rig.events();
            report = ReportBuilder.build(IncidentRig.plan(), events, rig.journal.lastEvent().orElseThrow().hash());
        }
        markdown = MarkdownReport.render(report);
    }

    private static IncidentEvent first(String type, String step) {
        return events.stream().filter(e -> e.type().equals(type) && e.text("step").equals(step)).findFirst().orElseThrow();
    }

    private static IncidentEvent only(String type) {
        return events.stream().filter(e -> e.type().equals(type)).reduce((a, b) -> {
            throw new AssertionError("more than one " + type);
        }).orElseThrow();
    }

    /** The lines of one "## heading" section of the Markdown. */
    private static List<String> section(String heading) {
        List<String> lines = markdown.lines().toList();
        int start = lines.indexOf("## " + heading);
        assertThat(start).as("section %s", heading).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ") && !lines.get(end).equals("---")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    @Test
    void everyStepOfTheFullFailoverIsListedDoneWithWhenItStartedAndHowLongItTook() {
        Procedure failover = IncidentRig.plan().procedures().stream().filter(p -> p.id().equals("full-failover")).findFirst().orElseThrow();
        List<StepRow> rows = report.steps().stream().filter(s -> s.procedure().equals("full-failover")).toList();

        assertThat(rows).extracting(StepRow::step).containsExactlyElementsOf(failover.steps().stream().map(Step::id).toList());
        for (StepRow row : rows) {
            Instant started = first(EventTypes.STEP_STARTED, row.step()).time();
            IncidentEvent succeeded = first(EventTypes.STEP_SUCCEEDED, row.step());
            Instant done = succeeded.time();
            String status = switch (succeeded.text("established")) {
                case "verified" -> "done — verified";
                case "confirmed" -> "done — confirmed";
                default -> "done — not verified";
            };
            assertThat(row.status()).as(row.step()).isEqualTo(status);
            assertThat(row.established()).as(row.step()).isNotEmpty();
            assertThat(row.startedAt()).as(row.step()).contains(started);
            assertThat(row.took()).as(row.step()).contains(Duration.between(started, done));
            assertThat(section("Steps")).as(row.step()).contains("| full-failover | " + MarkdownReport.cell(row.title()) + " | " + status
                    + " | " + MarkdownReport.cell(row.established()) + " | autopilot | "
                    + CLOCK.format(started) + " | " + DurationText.human(Duration.between(started, done)) + " | "
                    + MarkdownReport.cell(row.detail()) + " |");
        }
    }

    @Test
    void theRtoAndRpoShowTheirTargetsAndWhatWasMeasured() {
        Duration rto = Duration.between(IncidentRig.START, only(EventTypes.RESOLVED).time());
        Duration rpo = Duration.ofMillis(first(EventTypes.STEP_STARTED, "promote-dr-db").data().path("lagAtStartMillis").asLong());

        assertThat(report.rto().actual()).contains(rto);
        assertThat(report.rpo().actual()).contains(rpo);
        assertThat(section("Recovery objectives")).contains(
                "| RTO (impact → verified) | 1h30m | " + DurationText.human(rto) + " | ✅ met |",
                "| RPO (replica lag at promotion) | 15m | " + DurationText.human(rpo) + " | ✅ met |");
    }

    @Test
    void theRtoPhasesFollowTheIncidentsClocksAgainstThePlansBudget() {
        Instant decided = only(EventTypes.PROCEDURE_STARTED).time();
        Instant recovered = first(EventTypes.STEP_SUCCEEDED, "enable-monitoring").time();
        Instant resolved = only(EventTypes.RESOLVED).time();

        assertThat(section("Recovery objectives")).contains(
                "| detection | 5m | 0s | ✅ met |",
                "| decision | 10m | " + DurationText.human(Duration.between(IncidentRig.START, decided)) + " | ✅ met |",
                "| recovery | 30m | " + DurationText.human(Duration.between(decided, recovered)) + " | ✅ met |",
                "| verification | 15m | " + DurationText.human(Duration.between(recovered, resolved)) + " | ✅ met |");
    }

    @Test
    void theDecisionPathShowsEachQuestionTheAnswerWhoGaveItAndWhatTheSignalsSuggested() {
        List<IncidentEvent> answers = events.stream().filter(e -> e.type().equals(EventTypes.ANSWERED)).toList();
        assertThat(answers).extracting(e -> e.text("answer")).containsExactly("confirmed", "no", "all");
        IncidentEvent region = answers.get(0);
        List<String> evidence = new java.util.ArrayList<>();
        region.data().path("evidence").forEach(n -> evidence.add(n.asText()));

        assertThat(report.decisions()).extracting(DecisionRow::node)
                .containsExactly("region-failure-detected", "auto-recovery-possible", "impact-scope", "full-failover", "running-in-dr");
        assertThat(section("Decision path")).contains(
                "| " + CLOCK.format(report.decisions().get(0).at()) + " | 區域故障已確認? (< 5 min) | 已確認 | autopilot | 已確認 — "
                        + MarkdownReport.cell(String.join("; ", evidence)) + " |");
        assertThat(section("Decision path")).anySatisfy(line -> assertThat(line).contains("| 影響程度? | 全部服務 | autopilot | 全部服務 — "));
    }

    @Test
    void notesIssuesActionItemsAndTicksAppearInTheirSectionsWithWhoAndWhen() {
        String at = CLOCK.format(notedAt);

        assertThat(section("Checklists")).contains("1 of 20 items ticked.", "- [x] pre-failover / management-approval — erin, " + at);
        assertThat(section("Issues found")).contains("- replica lag alert fired late — bob, " + at).doesNotContain("None recorded.");
        assertThat(section("Action items")).contains("- page the DBA automatically on region failure — carol, " + at);
        assertThat(section("Notes")).contains("- war room bridge opened on Zoom — erin, " + at)
                .noneSatisfy(line -> assertThat(line).contains("replica lag alert"));
    }

    @Test
    void theTimelineHasARowForEveryEventWithTimeEventActorAndOutcome() {
        List<String> rows = section("Timeline").stream().filter(l -> l.startsWith("| ") && !l.startsWith("| Time ")).toList();

        assertThat(section("Timeline")).contains("| Time | T+ | Event | Actor | Outcome |");
        assertThat(rows).hasSize(events.size());
        IncidentEvent promoted = first(EventTypes.STEP_SUCCEEDED, "promote-dr-db");
        assertThat(rows).anyMatch(row -> row.startsWith("| " + CLOCK.format(promoted.time()) + " | "
                + DurationText.human(Duration.between(IncidentRig.START, promoted.time())) + " | Done: 提升 DR 數據庫為主節點 | warroom | "
                + promoted.text("detail") + " · verified on "));
        // one language throughout: the plan's own, like the step titles above
        assertThat(rows.get(rows.size() - 1)).endsWith("| Incident resolved | warroom | 服務在 DR 站點運行 |");
    }

    @Test
    void theReportEndsWithTheJournalHead() {
        assertThat(markdown).endsWith("Journal head (SHA-256 of the last event): `" + report.journalHead() + "`\n");
        assertThat(report.journalHead()).matches("[0-9a-f]{64}");
    }
}
