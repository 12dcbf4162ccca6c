package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.blocks;
import static dev.warroom.core.report.DocumentQueries.cell;
import static dev.warroom.core.report.DocumentQueries.section;
import static dev.warroom.core.report.DocumentQueries.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Evidence;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report document every front end writes (built-in incident template, English) of a real autopilot run of the
 * region-failure scenario, as a commander reads it after the incident: each value checked against the journal.
 */
class IncidentReportTest {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final ReportWords WORDS = ReportWords.of(TextLanguage.ENGLISH);

    @TempDir
    static Path dir;

    private static List<IncidentEvent> events;
    private static String lastHash;
    private static JournalCheck check;
    private static ReportDocument doc;
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
            lastHash = rig.journal.lastEvent().orElseThrow().hash();
        }
        check = JournalChecks.of(JournalVerifier.verify(file), JournalReader.read(file).events(), TextLanguage.ENGLISH);
        doc = build(ReportTemplates.builtIn("incident", TextLanguage.ENGLISH));
    }

    private static ReportDocument build(ReportTemplate template) {
        return ReportDocuments.build(new ReportInput(IncidentRig.plan(), events, check, template, TextLanguage.ENGLISH));
    }

    private static IncidentEvent first(String type, String step) {
        return events.stream().filter(e -> e.type().equals(type) && e.text("step").equals(step)).findFirst().orElseThrow();
    }

    private static IncidentEvent only(String type) {
        return events.stream().filter(e -> e.type().equals(type)).reduce((a, b) -> {
            throw new AssertionError("more than one " + type);
        }).orElseThrow();
    }

    private static String since(Instant at) {
        return WORDS.duration(Duration.between(IncidentRig.START, at));
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    private static List<String> bullets(String sectionId) {
        return blocks(section(doc, sectionId), BulletList.class).stream().flatMap(l -> l.items().stream()).map(Cell::text).toList();
    }

    @Test
    void everyStepOfTheFullFailoverIsListedWithItsStatusHowItWasEstablishedWhenItStartedAndHowLongItTook() {
        Procedure failover = IncidentRig.plan().procedures().stream().filter(p -> p.id().equals("full-failover")).findFirst().orElseThrow();
        Table steps = table(doc, TableIds.STEPS);
        List<List<Cell>> rows = steps.rows().stream()
                .filter(r -> cell(steps, r, "Procedure").text().equals(TextLanguage.ENGLISH.pick(failover.title(), failover.titleEn()))).toList();

        assertThat(rows).extracting(r -> cell(steps, r, "Step").text()).containsExactlyElementsOf(failover.steps().stream()
                .map(s -> TextLanguage.ENGLISH.pick(s.title(), s.titleEn()) + (s.isDerived() ? " (derived)" : "")).toList());
        for (int i = 0; i < rows.size(); i++) {
            Step step = failover.steps().get(i);
            List<Cell> row = rows.get(i);
            Instant started = first(EventTypes.STEP_STARTED, step.id()).time();
            IncidentEvent succeeded = first(EventTypes.STEP_SUCCEEDED, step.id());
            Evidence evidence = Evidence.readFrom(succeeded.data()).orElseThrow();
            String how = cell(steps, row, "How established").text();
            switch (succeeded.text("established")) {
                case "verified" -> {
                    assertThat(cell(steps, row, "Status")).as(step.id()).isEqualTo(Cell.marked("done", Mark.GOOD));
                    assertThat(how).as(step.id()).startsWith("verified by watching " + evidence.resource() + ": ")
                            .endsWith(" (" + CLOCK.format(evidence.seenAt().orElseThrow()) + ")");
                }
                case "confirmed" -> {
                    assertThat(cell(steps, row, "Status")).as(step.id()).isEqualTo(Cell.marked("done", Mark.GOOD));
                    assertThat(how).as(step.id()).startsWith("confirmed by " + evidence.by() + ": asked '" + evidence.asked() + "'");
                }
                default -> {
                    assertThat(cell(steps, row, "Status")).as(step.id()).isEqualTo(Cell.marked("done", Mark.WARNING));
                    assertThat(how).as(step.id()).isEqualTo("not verified: " + evidence.seen());
                }
            }
            assertThat(cell(steps, row, "Confirmed by").text()).as(step.id()).isEqualTo("autopilot");
            assertThat(cell(steps, row, "Started").text()).as(step.id()).isEqualTo(CLOCK.format(started));
            assertThat(cell(steps, row, "Took").text()).as(step.id()).isEqualTo(WORDS.duration(Duration.between(started, succeeded.time())));
        }
    }

    @Test
    void aVerifiedStepsDetailIsInTheTimelineRowThatSaysItWasDone() {
        Table timeline = table(doc, TableIds.TIMELINE);
        for (String stepId : List.of("promote-dr-db", "use-dr-cluster", "verify-db")) {
            IncidentEvent done = first(EventTypes.STEP_SUCCEEDED, stepId);
            Step step = IncidentRig.plan().procedures().stream().flatMap(p -> p.steps().stream()).filter(s -> s.id().equals(stepId))
                    .findFirst().orElseThrow();
            String event = "Done: " + TextLanguage.ENGLISH.pick(step.title(), step.titleEn());
            assertThat(timeline.rows()).as(stepId).filteredOn(r -> r.get(2).text().equals(event)).singleElement().satisfies(r -> {
                assertThat(texts(r).subList(0, 4)).containsExactly(CLOCK.format(done.time()), since(done.time()), event, "warroom");
                assertThat(r.get(4).text()).startsWith(done.text("detail") + " · verified on ");
            });
        }
    }

    @Test
    void theRtoAndRpoShowTheirTargetsAndWhatWasMeasured() {
        Duration rto = Duration.between(IncidentRig.START, only(EventTypes.RESOLVED).time());
        Duration rpo = Duration.ofMillis(first(EventTypes.STEP_STARTED, "promote-dr-db").data().path("lagAtStartMillis").asLong());

        assertThat(table(doc, RecoverySection.OBJECTIVES_TABLE).rows()).containsExactly(
                List.of(Cell.of("RTO (impact to verified)"), Cell.of("1h30m"), Cell.of(WORDS.duration(rto)), Cell.marked("met", Mark.GOOD)),
                List.of(Cell.of("RPO (replica lag at promotion)"), Cell.of("15m"), Cell.of(WORDS.duration(rpo)), Cell.marked("met", Mark.GOOD)));
        assertThat(blocks(section(doc, "recovery-objectives"), Paragraph.class).get(0).text().text())
                .isEqualTo("RTO and RPO are judged against the plan's targets (RTO 1h30m, RPO 15m).");
    }

    @Test
    void theRtoPhasesFollowTheIncidentsClocksAgainstThePlansBudget() {
        Instant decided = only(EventTypes.PROCEDURE_STARTED).time();
        Instant recovered = first(EventTypes.STEP_SUCCEEDED, "enable-monitoring").time();
        Instant resolved = only(EventTypes.RESOLVED).time();

        assertThat(table(doc, RecoverySection.PHASES_TABLE).rows()).extracting(IncidentReportTest::texts).containsExactly(
                List.of("detection", "5m", "0s", "met"),
                List.of("decision", "10m", WORDS.duration(Duration.between(IncidentRig.START, decided)), "met"),
                List.of("recovery", "30m", WORDS.duration(Duration.between(decided, recovered)), "met"),
                List.of("verification", "15m", WORDS.duration(Duration.between(recovered, resolved)), "met"));
    }

    @Test
    void theDecisionPathShowsEachQuestionTheAnswerWhoGaveItAndWhatTheSignalsSuggestedWithTheirEvidence() {
        List<IncidentEvent> answers = events.stream().filter(e -> e.type().equals(EventTypes.ANSWERED)).toList();
        assertThat(answers).extracting(e -> e.text("answer")).containsExactly("confirmed", "no", "all");
        Table path = table(doc, TableIds.DECISIONS);

        assertThat(path.rows()).extracting(r -> cell(path, r, "Question").text()).containsExactly("Is the region failure confirmed? (< 5 min)",
                "Is automatic recovery possible within 15 minutes?", "Are some services affected, or all of them?", "Full failover",
                "Services are running in the DR site");
        for (int i = 0; i < answers.size(); i++) {
            IncidentEvent answered = answers.get(i);
            List<String> evidence = new ArrayList<>();
            answered.data().path("evidence").forEach(n -> evidence.add(n.asText()));
            IncidentEvent entered = events.stream().filter(e -> e.type().equals(EventTypes.NODE_ENTERED)
                    && e.text("node").equals(answered.text("node"))).findFirst().orElseThrow();
            List<String> row = texts(path.rows().get(i));
            assertThat(row.get(0)).isEqualTo(CLOCK.format(entered.time()));
            assertThat(row.subList(2, 6)).as(answered.text("node")).containsExactly(List.of("Confirmed", "No", "All services").get(i),
                    "autopilot", List.of("Confirmed", "No", "All services").get(i), String.join("; ", evidence));
        }
        assertThat(texts(path.rows().get(3)).subList(2, 6)).containsOnly("—");
    }

    @Test
    void notesIssuesAndActionItemsAppearInTheirSectionsWithWhoAndWhen() {
        String at = CLOCK.format(notedAt);

        assertThat(bullets("issues")).containsExactly("replica lag alert fired late — bob, " + at);
        assertThat(bullets("notes")).containsExactly("war room bridge opened on Zoom — erin, " + at);
        Table actions = table(doc, TableIds.ACTION_ITEMS);
        assertThat(actions.rows()).singleElement().satisfies(r -> {
            assertThat(cell(actions, r, "Summary").text()).isEqualTo("page the DBA automatically on region failure");
            assertThat(cell(actions, r, "Description").text()).endsWith("Noted by carol at " + at + ".");
            assertThat(cell(actions, r, "Status").text()).isEqualTo("open");
        });
    }

    @Test
    void aTickIsInTheTimelineAndTheReportsChecklistsCountItAndSayWhoTickedItWhen() {
        String at = CLOCK.format(notedAt);
        assertThat(table(doc, TableIds.TIMELINE).rows()).extracting(IncidentReportTest::texts)
                .contains(List.of(at, "20s", "Ticked: Get management approval", "erin", ""));

        assertThat(section(doc, "checklists").title()).isEqualTo("Checklists");
        assertThat(section(doc, "checklists").blocks()).containsExactly(new Paragraph(Cell.of("1 of 20 items ticked.")));
        assertThat(blocks(section(doc, "checklists/pre-failover"), BulletList.class).get(0).items())
                .contains(Cell.marked("Get management approval — ticked by erin, " + at, Mark.GOOD))
                .filteredOn(c -> c.mark() == Mark.GOOD).hasSize(1);
    }

    @Test
    void theTimelineHasARowForEveryEventButTheFirstReadingsWithTimeEventActorAndOutcomeInTheReportsLanguage() {
        Table timeline = table(doc, TableIds.TIMELINE);

        assertThat(timeline.headers()).containsExactly("Time", "T+", "Event", "Actor", "Outcome");
        long firstReadings = events.stream().filter(FirstReadings::isOne).count();
        assertThat(firstReadings).isGreaterThanOrEqualTo(FirstReadings.FEWEST_TOGETHER);
        // the board's first readings, all taken as the incident opened, share one row
        assertThat(timeline.rows()).hasSize((int) (events.size() - firstReadings + 1));
        assertThat(texts(timeline.rows().get(0)).subList(0, 4)).containsExactly(CLOCK.format(IncidentRig.START), "0s",
                "Incident opened in TABLETOP mode on the simulated world, scenario region-failure", "alice");
        Instant resolved = only(EventTypes.RESOLVED).time();
        assertThat(texts(timeline.rows().get(timeline.rows().size() - 1))).containsExactly(CLOCK.format(resolved), since(resolved),
                "Incident resolved", "warroom", "Services are running in the DR site");
    }

    @Test
    void theReportCarriesTheJournalsHeadAndWhatCheckingItFound() {
        assertThat(doc.journal().finalHash()).isEqualTo(lastHash).matches("[0-9a-f]{64}");
        assertThat(doc.journal().verified()).isTrue();
        assertThat(doc.journal().words()).startsWith("chain intact, " + events.size() + " events, ");
    }
}
