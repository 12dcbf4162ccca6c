package dev.warroom.core.report;

import dev.warroom.core.incident.Note;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Renders an {@link IncidentReport} as GitHub-flavoured Markdown; every text from the plan or journal goes through {@link SafeText}. */
public final class MarkdownReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private MarkdownReport() {
    }

    /**
     * The report, ending with the journal's head and {@code journalCheck}: what checking the journal found
     * when the report was written (e.g. "chain intact, 88 events, sealed at event 88"), so a reader of a copy
     * of the report knows both the anchor and that it was checked.
     */
    public static String render(IncidentReport r, String journalCheck) {
        return render(r) + "Journal check when this report was written: " + journalCheck + "\n";
    }

    public static String render(IncidentReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(safe(r.title())).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "System", r.system() + " (plan `" + r.planId() + "`)");
        row(md, "Mode", r.mode().toUpperCase(java.util.Locale.ROOT));
        row(md, "Scenario", r.scenario().orElse("—"));
        row(md, "World", r.world());
        row(md, "Impact started", STAMP.format(r.impactStartedAt()));
        row(md, "Incident opened", STAMP.format(r.openedAt()));
        row(md, "Ended", r.endedAt().map(STAMP::format).orElse("not ended"));
        row(md, "Outcome", r.status() + r.endReason().map(s -> " — " + s).orElse(""));
        md.append('\n');

        md.append("## Recovery objectives\n\n");
        r.drill().ifPresent(d -> md.append(safe(d.targets())).append("\n\n"));
        md.append("| Metric | Target | Actual | Verdict |\n|---|---|---|---|\n");
        metric(md, r.rto(), "impact → verified");
        metric(md, r.rpo(), "replica lag at promotion");
        md.append("\n### RTO phases (detection + decision + recovery + verification)\n\n")
                .append("| Phase | Plan's budget | Actual | Verdict |\n|---|---|---|---|\n");
        r.phases().forEach(p -> metric(md, p, ""));
        md.append('\n');

        r.drill().ifPresent(d -> DrillMarkdown.append(md, d));

        md.append("## Decision path\n\n| Time | Question | Answer | By | Suggested by live signals |\n|---|---|---|---|---|\n");
        r.decisions().forEach(d -> md.append("| ").append(CLOCK.format(d.at())).append(" | ").append(cell(d.question()))
                .append(" | ").append(cell(d.answer().orElse("—"))).append(" | ").append(cell(d.actor().orElse("—"))).append(" | ")
                .append(cell(d.suggested().map(s -> s + (d.evidence().isEmpty() ? "" : " — " + String.join("; ", d.evidence())))
                        .orElse("—")))
                .append(" |\n"));
        md.append('\n');

        md.append("## Steps\n\n| Procedure | Step | Status | How established | Confirmed by | Started | Took | Detail |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        r.steps().forEach(s -> md.append("| ").append(cell(s.procedure())).append(" | ").append(cell(s.title())).append(" | ")
                .append(s.status()).append(s.attempts() > 1 ? " (" + s.attempts() + " attempts)" : "").append(" | ")
                .append(cell(s.established().isEmpty() ? "—" : s.established())).append(" | ")
                .append(cell(s.confirmedBy().orElse("—"))).append(" | ").append(s.startedAt().map(CLOCK::format).orElse("—"))
                .append(" | ").append(s.took().map(DurationText::human).orElse("—")).append(" | ").append(cell(s.detail()))
                .append(" |\n"));
        md.append('\n');

        md.append("## Timeline\n\n| Time | T+ | Event | Actor | Outcome |\n|---|---|---|---|---|\n");
        r.timeline().forEach(t -> md.append("| ").append(CLOCK.format(t.time())).append(" | ").append(since(t.sinceImpact()))
                .append(" | ").append(cell(t.event())).append(" | ").append(cell(t.actor())).append(" | ").append(cell(t.outcome()))
                .append(" |\n"));
        md.append('\n');

        md.append("## Checklists\n\n").append(r.ticks().size()).append(" of ").append(r.checklistItems()).append(" items ticked.\n\n");
        r.ticks().forEach(t -> md.append("- [x] ").append(safe(t.checklist())).append(" / ").append(safe(t.item())).append(" — ")
                .append(safe(t.actor())).append(", ").append(CLOCK.format(t.at())).append('\n'));
        notes(md, "Issues found", r.notes(), NoteKind.ISSUE);
        notes(md, "Action items", r.notes(), NoteKind.ACTION_ITEM);
        notes(md, "Notes", r.notes(), NoteKind.NOTE);
        md.append("\n---\nJournal head (SHA-256 of the last event): `").append(r.journalHead()).append("`\n");
        return md.toString();
    }

    private static void notes(StringBuilder md, String heading, List<Note> notes, NoteKind kind) {
        List<Note> picked = notes.stream().filter(n -> n.kind() == kind).toList();
        md.append("\n## ").append(heading).append("\n\n");
        if (picked.isEmpty()) {
            md.append("None recorded.\n");
        }
        picked.forEach(n -> md.append("- ").append(safe(n.text())).append(" — ").append(safe(n.actor())).append(", ")
                .append(CLOCK.format(n.at())).append('\n'));
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
    }

    private static void metric(StringBuilder md, Metric m, String how) {
        md.append("| ").append(m.name()).append(how.isEmpty() ? "" : " (" + how + ")").append(" | ")
                .append(m.target().map(DurationText::human).orElse("—")).append(" | ")
                .append(m.actual().map(DurationText::human).orElse("not measured")).append(" | ").append(verdict(m)).append(" |\n");
    }

    private static String verdict(Metric m) {
        return switch (m.verdict()) {
            case MET -> "✅ met";
            case MISSED -> "⚠️ missed";
            case NOT_MEASURED -> "—";
            case NO_TARGET -> "no target";
        };
    }

    private static String since(Duration d) {
        return d.isNegative() ? "-" + DurationText.human(d.negated()) : DurationText.human(d);
    }

    static String cell(String text) {
        return safe(Optional.ofNullable(text).orElse("").replace("\r\n", "\n")).replace("|", "\\|").replace("\n", "<br>");
    }

    /** Plan, journal and world text as a reader may see it: secrets redacted, control characters escaped. */
    private static String safe(String text) {
        return SafeText.forDisplay(text == null ? "" : text);
    }
}
