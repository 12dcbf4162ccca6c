package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening with one of the plan's drills through the service, and the facilitator's commands: each goes
 * through the writer, and each that does not fit is refused in words.
 */
class DrillCommandsTest {

    private static final String Q1 = "db-primary-drill-q1";

    @TempDir
    Path dir;

    private final IncidentService service = new IncidentService();

    @Test
    void aDrillTheRequestCannotPlayIsRefusedInWords() {
        Path plan = RequestTable.plan();
        assertThatThrownBy(() -> service.prepareOpen(request(Mode.TABLETOP, Optional.empty()).withDrill("moon-landing")))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("no drill 'moon-landing' in " + plan)
                .hasMessageContaining("the plan has: ").hasMessageContaining(Q1);
        assertThatThrownBy(() -> service.prepareOpen(request(Mode.LIVE, Optional.empty()).withDrill(Q1)))
                .hasMessageContaining("a drill runs in TABLETOP or DRILL");
        assertThatThrownBy(() -> service.prepareOpen(request(Mode.TABLETOP, Optional.of("region-failure")).withDrill(Q1)))
                .hasMessageContaining("plays scenario 'db-primary-failure', not 'region-failure'");
    }

    @Test
    void aDrillOpensWithItsScenarioAndTheJournalSaysWhichDrill() throws Exception {
        PreparedOpen prepared = service.prepareOpen(request(Mode.TABLETOP, Optional.empty()).withDrill(Q1));
        assertThat(prepared.scenario()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("db-primary-failure"));
        assertThat(prepared.title()).endsWith(prepared.drill().orElseThrow().titleEn());
        try (IncidentHandle handle = service.open(prepared)) {
            assertThat(handle.journal().events().get(0).data().path("drill").asText()).isEqualTo(Q1);
            assertThat(handle.state().scenario()).contains("db-primary-failure");
            assertThat(handle.state().drill()).hasValueSatisfying(d -> assertThat(d.drillId()).isEqualTo(Q1));
            assertThat(handle.incident().playedDrill()).isPresent();
        }
    }

    @Test
    void anIncidentThatPlaysNoDrillRefusesTheFacilitatorsCommands() throws Exception {
        try (IncidentHandle handle = Seam.tabletop(dir.resolve("plain.jsonl"))) {
            IncidentCommands commands = handle.commands();
            for (CompletableFuture<?> refused : List.of(commands.fireInject("inject-1"), commands.pauseClock(), commands.measureCriteria(),
                    commands.observe("x", ObservationKind.NOTE, Optional.empty(), Optional.empty()), commands.closeDrill("done"))) {
                assertThat(refusal(refused)).isEqualTo("this incident plays no drill");
            }
        }
    }

    @Test
    void theFacilitatorsCommandsGoThroughTheWriterAndWhatDoesNotFitIsRefused() throws Exception {
        try (IncidentHandle handle = service.open(service.prepareOpen(request(Mode.TABLETOP, Optional.empty()).withDrill(Q1)))) {
            IncidentCommands fran = handle.commands().as("fran");
            String inject = handle.state().drill().orElseThrow().injects().get(0).id();

            fran.holdInject(inject).get(10, TimeUnit.SECONDS);
            assertThat(refusal(fran.holdInject(inject))).contains("already held");
            assertThat(refusal(fran.releaseInject("nope"))).contains("no inject 'nope' in this drill; it has: " + inject);
            fran.skipInject(inject, "the replica is already behind").get(10, TimeUnit.SECONDS);
            assertThat(refusal(fran.fireInject(inject))).contains("was skipped: the replica is already behind");

            String id = fran.addInject(new DrillInject(null, null, null, null, "The DBA is on holiday", null, null, null, null, null, null,
                    null)).get(10, TimeUnit.SECONDS);
            assertThat(id).isEqualTo("adhoc-1");
            handle.commands().as("bob").acknowledgeInject(id).get(10, TimeUnit.SECONDS);
            assertThat(handle.state().drill().orElseThrow().inject(id).orElseThrow()).satisfies(i -> {
                assertThat(i.status()).isEqualTo(InjectStatus.FIRED);
                assertThat(i.acknowledgedBy()).contains("bob");
            });
            assertThat(refusal(fran.pauseClock())).contains("virtual");

            List<CriterionMeasure> measures = fran.measureCriteria().get(10, TimeUnit.SECONDS);
            assertThat(measures).extracting(CriterionMeasure::target).as("the drill's own targets, not the plan's 1h30m").contains("5m", "1m");

            fran.abort("the drill ends early").get(10, TimeUnit.SECONDS);
            List<String> custom = handle.incident().playedDrill().orElseThrow().successCriteria().stream()
                    .filter(c -> c.metric() == CriterionMetric.CUSTOM).map(c -> c.id()).toList();
            assertThat(fran.judgeMeasured().get(10, TimeUnit.SECONDS)).extracting(m -> m.criterion().id())
                    .as("aborted: the measures are undetermined, the custom criteria left to the facilitator").isEqualTo(custom);
            fran.judgeCriterion(custom.get(0), dev.warroom.core.drill.Verdict.UNDETERMINED, "", "the apps were never restarted")
                    .get(10, TimeUnit.SECONDS);
            assertThat(refusal(fran.recordHotWash(new HotWash(List.of(), List.of(), List.of(), Map.of("speed",
                    dev.warroom.core.drill.Rating.P))))).contains("no objective 'speed'");
            assertThat(refusal(fran.tickCleanup("anything"))).containsAnyOf("no cleanup checklist", "no cleanup item 'anything'");
            fran.closeDrill("the lab is rebuilt tomorrow").get(10, TimeUnit.SECONDS);
            assertThat(refusal(fran.observe("late", ObservationKind.NOTE, Optional.empty(), Optional.empty())))
                    .isEqualTo("the drill is closed: nothing more can be done in it");
            assertThat(handle.journal().events()).extracting(e -> e.type()).contains(EventTypes.INJECT_HELD, EventTypes.INJECT_SKIPPED,
                    EventTypes.INJECT_ADDED, EventTypes.INJECT_ACKNOWLEDGED, EventTypes.CRITERION_JUDGED, EventTypes.DRILL_CLOSED);
        }
    }

    @Test
    void aDrillWhoseIncidentEndedResumesUntilItIsClosed() throws Exception {
        Path journal = dir.resolve("ended.jsonl");
        try (IncidentHandle handle = service.open(service.prepareOpen(OpenRequest.of(RequestTable.plan(), Mode.TABLETOP, Optional.empty(),
                journal, "fran", ClockChoice.virtualTime()).withDrill(Q1)))) {
            handle.commands().abort("out of time").get(10, TimeUnit.SECONDS);
        }
        try (IncidentHandle resumed = service.resume(service.prepareResume(ResumeRequest.of(journal, "fran", ClockChoice.virtualTime())))) {
            assertThat(resumed.state().drill()).isPresent();
            resumed.commands().closeDrill("cleaned up by hand").get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> service.prepareResume(ResumeRequest.of(journal, "fran", ClockChoice.virtualTime())))
                .hasMessageContaining("already over");
    }

    private OpenRequest request(Mode mode, Optional<String> scenario) {
        return OpenRequest.of(RequestTable.plan(), mode, scenario, dir.resolve("drill.jsonl"), "alice", ClockChoice.virtualTime()).withSeed(42);
    }

    private static String refusal(CompletableFuture<?> command) {
        try {
            command.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(IncidentStateException.class);
            return e.getCause().getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the command was not refused");
    }
}
