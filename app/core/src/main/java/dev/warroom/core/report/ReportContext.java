package dev.warroom.core.report;

import dev.warroom.core.incident.ReportFields;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.SeverityLevels;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.words.ReportWords;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** What every section of one report is built from: the input, folded once, with the report's words and the plan's text. */
final class ReportContext {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    final ReportInput input;
    final Plan plan;
    final List<IncidentEvent> events;
    final IncidentState state;
    final Optional<Drill> drill;
    final ReportWords words;
    final RecordedWords recorded;
    final PlanText text;
    final ReportFields author;
    /** The incident measured (RTO, RPO, phases, the rows, the drill's part), as the terminal's summary measures it too. */
    final IncidentReport measured;

    ReportContext(ReportInput input) {
        this.input = input;
        this.plan = input.plan();
        this.events = input.events();
        this.state = IncidentFold.fold(plan, events);
        this.drill = PlayedDrill.played(plan, state);
        this.words = ReportWords.of(input.language());
        this.recorded = new RecordedWords(words);
        this.text = new PlanText(plan, input.language());
        this.author = ReportFields.of(events);
        this.measured = ReportBuilder.build(plan, events);
    }

    /** The severity level the incident was held to when it opened, if the plan has it. */
    Optional<SeverityTarget> level() {
        return state.targets().severity().flatMap(id -> SeverityLevels.find(plan, id));
    }

    /** The level's name in the report's language, with its id; the id alone if the plan no longer has it. */
    String levelName() {
        return level().map(l -> text.pick(l.title(), l.titleEn()) + " (" + l.id() + ")").orElse(state.targets().severity().orElse(""));
    }

    Instant impact() {
        return state.impactStartedAt();
    }

    String stamp(Instant at) {
        return STAMP.format(at);
    }

    String clock(Instant at) {
        return CLOCK.format(at);
    }

    /** Time since the impact, in the report's units. */
    String since(Instant at) {
        return words.duration(Duration.between(impact(), at));
    }

    String duration(Optional<Duration> d) {
        return d.map(words::duration).orElse(words.get("none"));
    }

    /** A title with the report's word for "derived" after it when the plan's author added it beyond the source document. */
    String derived(String title, boolean derived) {
        return derived ? title + " (" + words.get("derived") + ")" : title;
    }

    Cell toFill() {
        return Cell.marked(words.get("to-fill"), Mark.TO_FILL);
    }

    Cell dash() {
        return Cell.of(words.get("none"));
    }

    /** A text or, when empty, a dash. */
    Cell orDash(String value) {
        return value == null || value.isBlank() ? dash() : Cell.of(value);
    }

    /** Events of the incident itself, without the author's entries. */
    List<IncidentEvent> incidentEvents() {
        return events.stream().filter(e -> !EventTypes.REPORT_FIELD_SET.equals(e.type())).toList();
    }
}
