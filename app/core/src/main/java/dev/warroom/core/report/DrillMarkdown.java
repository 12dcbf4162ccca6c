package dev.warroom.core.report;

import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The drill section of the Markdown report; every text from the plan or journal goes through {@link MarkdownReport#cell}. */
final class DrillMarkdown {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private DrillMarkdown() {
    }

    static void append(StringBuilder md, DrillReport d) {
        md.append("## Drill: ").append(cell(d.title())).append("\n\n| | |\n|---|---|\n");
        row(md, "Drill", "`" + d.id() + "`");
        row(md, "Type", d.type());
        row(md, "Participants", d.participants().isEmpty() ? "—" : String.join(", ", d.participants()));
        row(md, "Scenario", d.scenario().orElse("—"));
        row(md, "Drill started", STAMP.format(d.startedAt()));
        row(md, "Drill closed", d.closedAt().map(at -> STAMP.format(at) + (d.closingReason().isBlank() ? "" : " — " + d.closingReason()))
                .orElse("not closed"));
        md.append('\n');
        criteria(md, d);
        injects(md, d);
        observations(md, d);
        hotWash(md, d);
        cleanup(md, d);
    }

    private static void criteria(StringBuilder md, DrillReport d) {
        md.append("### Success criteria (the drill's own targets)\n\n");
        if (d.criteria().isEmpty()) {
            md.append("The drill names no success criteria.\n\n");
            return;
        }
        md.append("| Criterion | Target | Measured | Verdict | By | Evidence |\n|---|---|---|---|---|---|\n");
        d.criteria().forEach(c -> md.append("| ").append(cell(c.title())).append(" (`").append(cell(c.id())).append("`) | ")
                .append(cell(c.target())).append(" | ").append(cell(c.measured().isBlank() ? "—" : c.measured())).append(" | ")
                .append(c.verdict().map(DrillMarkdown::verdict).orElse("not judged")).append(" | ")
                .append(cell(c.by().isBlank() ? "—" : c.by() + c.at().map(at -> ", " + CLOCK.format(at)).orElse(""))).append(" | ")
                .append(cell(c.evidence().isBlank() ? "—" : c.evidence())).append(" |\n"));
        md.append('\n');
    }

    private static String verdict(String word) {
        return switch (word) {
            case "met" -> "✅ met";
            case "not-met" -> "⚠️ not met";
            case "undetermined" -> "undetermined";
            default -> cell(word);
        };
    }

    private static void injects(StringBuilder md, DrillReport d) {
        md.append("### Injects\n\n");
        if (d.injects().isEmpty()) {
            md.append("The drill has no injects.\n\n");
            return;
        }
        md.append("| Inject | Planned | Status | Fired | T+ | How | Message | Expected | World change | Held | Acknowledged |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        d.injects().forEach(i -> md.append("| `").append(cell(i.id())).append("` | ").append(cell(i.planned())).append(" | ")
                .append(cell(i.status())).append(" | ").append(i.firedAt().map(CLOCK::format).orElse("—")).append(" | ")
                .append(i.sinceStart().map(DrillMarkdown::since).orElse("—")).append(" | ").append(cell(dash(how(i.firedBy()))))
                .append(" | ").append(cell(dash(i.message()))).append(" | ").append(cell(dash(i.expect()))).append(" | ")
                .append(cell(dash(i.worldChange()))).append(" | ").append(cell(dash(i.holds()))).append(" | ")
                .append(cell(dash(i.acknowledged()))).append(" |\n"));
        md.append('\n');
    }

    private static String how(String firedBy) {
        return switch (firedBy) {
            case "schedule" -> "on schedule";
            case "trigger" -> "by its trigger";
            case "" -> "";
            default -> "by hand (" + firedBy + ")";
        };
    }

    private static void observations(StringBuilder md, DrillReport d) {
        md.append("### Observations\n\n");
        if (d.observations().isEmpty()) {
            md.append("None recorded.\n\n");
            return;
        }
        md.append("| Time | T+ | By | Kind | Tagged | Observation |\n|---|---|---|---|---|---|\n");
        d.observations().forEach(o -> md.append("| ").append(CLOCK.format(o.at())).append(" | ").append(since(o.sinceStart())).append(" | ")
                .append(cell(o.actor())).append(" | ").append(cell(o.kind())).append(" | ").append(cell(dash(o.tagged()))).append(" | ")
                .append(cell(o.text())).append(" |\n"));
        md.append('\n');
    }

    private static void hotWash(StringBuilder md, DrillReport d) {
        md.append("### Hot wash\n\n");
        if (d.hotWash().isEmpty()) {
            md.append("No hot wash recorded.\n\n");
            return;
        }
        HotWash h = d.hotWash().get();
        list(md, "Went well", h.wentWell());
        list(md, "To improve", h.toImprove());
        md.append("**Action items**\n\n");
        if (h.actions().isEmpty()) {
            md.append("None recorded.\n\n");
        } else {
            md.append("| Action | Owner | Due |\n|---|---|---|\n");
            for (ActionItem a : h.actions()) {
                md.append("| ").append(cell(a.text())).append(" | ").append(cell(a.owner())).append(" | ").append(cell(a.due())).append(" |\n");
            }
            md.append('\n');
        }
        if (!h.ratings().isEmpty()) {
            md.append("**Ratings** (P: performed without challenges, S: some challenges, M: major challenges, U: unable to perform)\n\n")
                    .append("| Objective | Rating |\n|---|---|\n");
            for (Map.Entry<String, Rating> r : h.ratings().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                md.append("| ").append(cell(d.objectives().getOrDefault(r.getKey(), r.getKey()))).append(" (`").append(cell(r.getKey()))
                        .append("`) | ").append(r.getValue().name()).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static void list(StringBuilder md, String heading, List<String> items) {
        md.append("**").append(heading).append("**\n\n");
        if (items.isEmpty()) {
            md.append("None recorded.\n");
        }
        items.forEach(i -> md.append("- ").append(cell(i)).append('\n'));
        md.append('\n');
    }

    private static void cleanup(StringBuilder md, DrillReport d) {
        if (d.cleanup().isEmpty()) {
            return;
        }
        long ticked = d.cleanup().stream().filter(DrillReport.CleanupRow::ticked).count();
        md.append("### Cleanup\n\n").append(ticked).append(" of ").append(d.cleanup().size()).append(" items ticked.\n\n");
        d.cleanup().forEach(c -> md.append(c.ticked() ? "- [x] " : "- [ ] ").append(cell(c.title())).append(" (`").append(cell(c.id()))
                .append("`)").append(c.ticked() && !c.by().isBlank() ? " — " + cell(c.by()) + c.at().map(at -> ", " + CLOCK.format(at)).orElse("")
                        : "").append('\n'));
        md.append('\n');
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String since(Duration d) {
        return d.isNegative() ? "-" + DurationText.human(d.negated()) : DurationText.human(d);
    }

    private static String cell(String text) {
        return MarkdownReport.cell(text);
    }
}
