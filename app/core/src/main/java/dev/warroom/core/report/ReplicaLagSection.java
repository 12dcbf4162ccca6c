package dev.warroom.core.report;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.RecoveryPhases;
import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replica lag the journal holds, resource by resource: a state change's reading where one carries it
 * ({@code lagMillis}), and what a promotion step read of its target when it started ({@code lagAtStartMillis}).
 * Only a data store's lag is data at risk, so only theirs stands against the RPO: a resource whose kind the
 * catalogue marks as replicated data (databases, caches, storage, queues), or the target of a promotion. The lag
 * of anything else (a cluster, a deployment) is named but not judged. A line is drawn only for a data store read
 * more than once; readings taken once each are a table, and the words say why there is no line.
 */
final class ReplicaLagSection {

    static final String TABLE = "replica-lag";

    private ReplicaLagSection() {
    }

    static List<Block> blocks(ReportContext c) {
        Map<String, List<Chart.Point>> byResource = new LinkedHashMap<>();
        List<String> promoted = new ArrayList<>();
        Optional<Duration> promotedAt = Optional.empty();
        for (IncidentEvent e : c.events) {
            Duration at = Duration.between(c.impact(), e.time());
            if (EventTypes.STEP_STARTED.equals(e.type()) && e.data().path("lagAtStartMillis").isNumber()) {
                String target = actionTarget(c, e).orElse(e.text("target"));
                byResource.computeIfAbsent(target, r -> new ArrayList<>())
                        .add(new Chart.Point(target, at, Duration.ofMillis(e.data().path("lagAtStartMillis").asLong())));
                if (RecoveryPhases.measuresRpo(e.text("kind"))) {
                    promoted.add(target);
                    promotedAt = promotedAt.or(() -> Optional.of(at));
                }
            } else if (EventTypes.STATE_CHANGED.equals(e.type()) && e.data().path("lagMillis").isNumber()) {
                String resource = e.text("resource");
                byResource.computeIfAbsent(resource, r -> new ArrayList<>())
                        .add(new Chart.Point(resource, at, Duration.ofMillis(e.data().path("lagMillis").asLong())));
            }
        }
        if (byResource.isEmpty()) {
            return List.of(new Paragraph(Cell.of(c.words.get("lag.none"))));
        }
        Map<String, List<Chart.Point>> stores = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        byResource.forEach((resource, points) -> {
            if (promoted.contains(resource) || holdsData(c, resource)) {
                stores.put(resource, points);
            } else {
                others.add(c.text.of(resource));
            }
        });
        Optional<Duration> rpo = c.measured.rpo().target();
        List<Block> blocks = new ArrayList<>();
        if (stores.isEmpty()) {
            blocks.add(new Paragraph(Cell.of(c.words.get("lag.no-stores", c.duration(rpo)))));
        } else {
            blocks.add(new Paragraph(Cell.of(c.words.get("lag.stores", stores.size(), c.duration(rpo)))));
            blocks.add(table(c, stores, rpo));
            List<Chart.Point> drawn = stores.values().stream().filter(points -> points.size() > 1).flatMap(List::stream).toList();
            if (drawn.isEmpty()) {
                blocks.add(new Paragraph(Cell.of(c.words.get("lag.read-once"))));
            } else {
                blocks.add(lagLine(c, drawn, rpo, promotedAt));
            }
        }
        if (!others.isEmpty()) {
            blocks.add(new Paragraph(Cell.of(c.words.get("lag.not-data", others.size(), String.join(", ", others)))));
        }
        return blocks;
    }

    /** The readings of the data stores read more than once, with words that say what the picture leaves out: an RPO far above them. */
    private static Chart.LagLine lagLine(ReportContext c, List<Chart.Point> drawn, Optional<Duration> rpo, Optional<Duration> promotion) {
        Chart.LagLine unsaid = new Chart.LagLine("", "", drawn, rpo, promotion);
        long lines = drawn.stream().map(Chart.Point::resource).distinct().count();
        String description = c.words.sentences(
                c.words.get("chart.lag.description", drawn.size(), lines, c.words.duration(unsaid.largestLag()), c.duration(rpo)),
                promotion.map(p -> c.words.get("chart.lag.promoted", c.words.duration(p))).orElse(""),
                rpo.isPresent() && !unsaid.rpoInView() ? c.words.get("chart.lag.rpo-far", c.duration(rpo)) : "");
        return new Chart.LagLine(c.words.get("chart.lag"), description, drawn, rpo, promotion);
    }

    /** Each data store: its kind, when it was read, and its largest lag, marked where it passed the RPO. */
    private static Table table(ReportContext c, Map<String, List<Chart.Point>> stores, Optional<Duration> rpo) {
        List<List<Cell>> rows = new ArrayList<>();
        stores.forEach((resource, points) -> {
            Duration most = points.stream().map(Chart.Point::lag).max(Duration::compareTo).orElse(Duration.ZERO);
            Duration first = points.get(0).at();
            Duration last = points.get(points.size() - 1).at();
            String read = points.size() == 1 ? c.words.get("lag.read.once", c.words.duration(first))
                    : c.words.get("lag.read.times", points.size(), c.words.duration(first), c.words.duration(last));
            boolean over = rpo.filter(limit -> most.compareTo(limit) > 0).isPresent();
            rows.add(List.of(Cell.of(c.text.of(resource)), c.orDash(kind(c, resource).orElse("")), Cell.of(read),
                    over ? Cell.marked(c.words.duration(most), Mark.BAD) : Cell.of(c.words.duration(most))));
        });
        return new Table(TABLE, "", List.of(c.words.get("col.resource"), c.words.get("col.kind"), c.words.get("col.read"),
                c.words.get("col.largest-lag")), rows);
    }

    private static boolean holdsData(ReportContext c, String resourceId) {
        return kind(c, resourceId).flatMap(ResourceKinds::find).map(ResourceKind::replicated).orElse(false);
    }

    private static Optional<String> kind(ReportContext c, String resourceId) {
        return c.plan.resource(resourceId).map(Resource::kind);
    }

    /** The resource id a started action step names in the plan (the journal's {@code target} is the resource's own name). */
    private static Optional<String> actionTarget(ReportContext c, IncidentEvent e) {
        return c.plan.procedures().stream().filter(p -> p.id().equals(e.text("procedure"))).findFirst()
                .flatMap(p -> p.steps().stream().filter(s -> s.id().equals(e.text("step"))).findFirst())
                .flatMap(s -> Optional.ofNullable(s.action())).map(a -> a.target());
    }
}
