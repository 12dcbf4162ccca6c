package dev.warroom.core.tabletop.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalFiles;
import dev.warroom.core.plan.PlanDigest;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The journal of a TABLETOP that has run for a long time: opened for real on plans/ai-workflow.yaml (region
 * failure), then followed by the events such a night is made of: the board's state changes of every resource,
 * and the team's notes, in Chinese and English.
 */
final class LongIncidentJournal {

    private static final String[] STATES = {"up", "degraded: replication lag 42s", "down: connection refused", "up"};
    private static final String[] NOTES = {
        "主库不可用，正在确认备库的复制延迟", "DBA on the bridge; checking the replica's WAL position",
        "客户支持已通知，预计恢复时间 30 分钟", "Front Door health probe flapping on the DR origin",
    };

    private LongIncidentJournal() {
    }

    /** Writes the opening of a real incident to {@code file}, then {@code events} more, chained on. */
    static void write(Path file, int events) throws IOException {
        Plan plan = IncidentRig.plan();
        Path planFile = Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml").toAbsolutePath().normalize();
        byte[] planText = Files.readAllBytes(planFile);
        VirtualClock clock = new VirtualClock(IncidentRig.START);
        // the plan's text and digest are kept in the journal, as the command line keeps them: `warroom resume` runs it
        try (IncidentRuntime opened = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, planFile.toString(),
                PlanDigest.sha256(planText), Optional.of(IncidentRig.scenario()), file, clock, IncidentRig.SEED, Duration.ZERO, false,
                IncidentRig.COMMANDER, "a long night", new String(planText, StandardCharsets.UTF_8)), (channel, written) -> { },
                event -> { })) {
            if (opened.incident().events().isEmpty()) {
                throw new IllegalStateException("the incident did not open");
            }
        }
        extend(file, events);
    }

    /** Chains {@code events} more of a long night's events onto the journal {@code file}. */
    static void extend(Path file, int events) throws IOException {
        List<String> resources = IncidentRig.plan().sites().stream().map(Site::resources).flatMap(List::stream).map(Resource::id).toList();
        JournalFiles.extendUnsynced(file, events, i -> i % 4 == 0 ? note(i) : stateChange(resources, i));
    }

    private static JournalFiles.Filler stateChange(List<String> resources, long i) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("resource", resources.get((int) (i % resources.size())))
                .put("site", "eastasia")
                .put("state", STATES[(int) (i % STATES.length)])
                .put("was", STATES[(int) ((i + 3) % STATES.length)])
                .put("lagMillis", (int) (i % 90_000));
        return new JournalFiles.Filler(EventTypes.STATE_CHANGED, "warroom", data);
    }

    private static JournalFiles.Filler note(long i) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("kind", "note").put("text", NOTES[(int) (i % NOTES.length)] + " #" + i);
        return new JournalFiles.Filler(EventTypes.NOTE_ADDED, i % 3 == 0 ? "李雷 (commander)" : "bob", data);
    }
}
