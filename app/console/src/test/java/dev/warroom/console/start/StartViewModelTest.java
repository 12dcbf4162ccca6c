package dev.warroom.console.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.drill.LoopbackDrill;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.core.incident.DefaultScenario;
import dev.warroom.service.IncidentHandle;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.PlanClearance;
import dev.warroom.core.plan.PlanDirectory;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.service.table.LiveBlockedPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start screen's decisions, without the toolkit: work runs inline, so every answer is there when the call returns. */
class StartViewModelTest {

    static final Path ROOT = Path.of(System.getProperty("warroom.root", "../..")).toAbsolutePath().normalize();
    static final Path PLANS = ROOT.resolve("plans");
    static final Path AI_WORKFLOW = PLANS.resolve("ai-workflow.yaml");

    @TempDir
    Path dir;
    private Path incidents;
    private final List<StartViewModel.Opened> opened = new ArrayList<>();

    @BeforeEach
    void folders() {
        incidents = dir.resolve("incidents");
    }

    private StartViewModel viewModel(Optional<Path> openJournal) {
        return viewModel(openJournal, PLANS);
    }

    private StartViewModel viewModel(Optional<Path> openJournal, Path plans) {
        ConsoleOptions options = ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans", plans.toString(),
                "--incidents", incidents.toString(), "--actor", "alice"));
        return new StartViewModel(options, Runnable::run, Runnable::run, openJournal, opened::add);
    }

    @Test
    void listsTheFinishedIncidentsWhoseReportOpensThroughTheOpenerOrIsRefusedInWords() throws Exception {
        Files.createDirectories(incidents);
        Path left = unfinishedIncident(incidents.resolve("left.jsonl"));
        Path ended = incidents.resolve("ended.jsonl");
        dev.warroom.console.palette.ConsoleTestKit.openAndLeave(AI_WORKFLOW, ended, "bob",
                handle -> handle.commands().abort("rehearsal over").get());
        Files.writeString(incidents.resolve("notes.jsonl"), "not a journal\n");
        List<Path> reported = new ArrayList<>();
        StartViewModel vm = viewModel(Optional.empty());
        vm.useForReports(journal -> () -> reported.add(journal));
        vm.refresh();

        assertThat(vm.unfinished()).extracting(UnfinishedIncident::journal).containsExactly(left);
        assertThat(vm.finished()).extracting(FinishedIncident::journal).containsExactly(ended);
        FinishedIncident over = vm.finished().get(0);
        assertThat(over.aborted()).isTrue();
        assertThat(over.planId()).isEqualTo("ai-workflow");
        assertThat(over.mode()).isEqualTo("tabletop");
        assertThat(vm.canReport()).as("nothing chosen").isFalse();

        vm.selectFinished(over);
        vm.report();
        assertThat(reported).containsExactly(ended);

        vm.useForReports(journal -> {
            throw new java.io.IOException(journal.getFileName() + " does not keep the plan it ran");
        });
        vm.report();
        assertThat(vm.failureProperty().get().english()).contains("ended.jsonl does not keep the plan it ran");
        assertThat(reported).hasSize(1);
    }

    /** An incident opened and left running, as a crash or a closed laptop leaves it. */
    static Path unfinishedIncident(Path journal) throws Exception {
        dev.warroom.console.palette.ConsoleTestKit.openAndLeave(AI_WORKFLOW, journal, "bob",
                handle -> handle.commands().note(dev.warroom.core.incident.NoteKind.NOTE, "left for the night").get());
        return journal;
    }

    @Test
    void listsEveryPlanInPlansAndPreselectsTheDefaultPlanWithItsFailoverScenario() throws Exception {
        StartViewModel vm = viewModel(Optional.empty());
        vm.refresh();

        assertThat(vm.plansScannedProperty().get()).isTrue();
        assertThat(vm.plans()).hasSize(PlanDirectory.scan(PLANS).size()).allMatch(PlanDirectory.Entry::usable);
        assertThat(vm.selectedPlanProperty().get().file().getFileName()).hasToString("ai-workflow.yaml");
        var plan = vm.selectedPlanProperty().get().plan().orElseThrow();
        assertThat(vm.scenarios()).containsExactlyElementsOf(plan.scenarios());
        assertThat(vm.scenarioProperty().get()).isEqualTo(DefaultScenario.of(plan).orElseThrow());
        assertThat(vm.blockerProperty().get()).isEqualTo(StartViewModel.Blocker.NONE);
    }

    @Test
    void aPlanFileThatDoesNotValidateIsListedWithTheValidatorsLinesAndCannotBeOpened() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(AI_WORKFLOW, StandardCharsets.UTF_8).replaceFirst("formatVersion: 1", "formatVersion: one"),
                StandardCharsets.UTF_8);
        StartViewModel vm = viewModel(Optional.empty());

        vm.openFile(broken);

        assertThat(vm.selectedPlanProperty().get().file()).isEqualTo(broken);
        assertThat(vm.problems()).isNotEmpty().allMatch(line -> line.matches(".*broken\\.yaml:\\d+:\\d+: error: .+"));
        assertThat(vm.problems()).containsExactlyElementsOf(new PlanValidation().validate(broken).problems().stream()
                .filter(p -> p.isError()).map(p -> p.format()).toList());
        assertThat(vm.blockerProperty().get()).isEqualTo(StartViewModel.Blocker.PLAN_INVALID);
        vm.open();
        assertThat(opened).isEmpty();
    }

    @Test
    void aTabletopOfAPlanListedAsValidOpensAsCheckedWithItsBoardAlreadyRead() throws Exception {
        StartViewModel vm = viewModel(Optional.empty());
        vm.refresh();
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.TABLETOP);

        vm.open();

        assertThat(vm.failureProperty().get().english()).isEmpty();
        assertThat(opened).hasSize(1);
        try (IncidentHandle incident = opened.get(0).incident()) {
            assertThat(incident.planCheck().standing().status()).as("listed as valid, the same bytes are not checked again")
                    .isEqualTo(PlanClearance.Status.PASSED);
            assertThat(incident.runtime().board().latest().entries()).as("the room's first frame has readings").isNotEmpty();
        }
    }

    @Test
    void aPlanFileChosenFromAnywhereAndEditedAfterwardsIsCheckedAgainWhenItsTabletopOpens() throws Exception {
        Path plan = Files.copy(AI_WORKFLOW, dir.resolve("chosen.yaml"));
        StartViewModel vm = viewModel(Optional.empty());
        vm.openFile(plan);
        assertThat(vm.selectedPlanProperty().get().usable()).isTrue();
        Files.writeString(plan, Files.readString(plan) + "\n# edited after it was chosen\n");

        vm.open();

        assertThat(opened).hasSize(1);
        try (IncidentHandle incident = opened.get(0).incident()) {
            assertThat(incident.planCheck().standing().status()).as("its checks wait for the room").isEqualTo(PlanClearance.Status.CHECKING);
            assertThat(incident.planCheck().run().status()).isEqualTo(PlanClearance.Status.PASSED);
        }
    }

    @Test
    void aPlanBrokenAfterItWasListedOpensNoDrillAndItsTabletopNeverPassesItsChecks() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path plan = Files.copy(AI_WORKFLOW, plans.resolve("ai-workflow.yaml"));
        StartViewModel vm = viewModel(Optional.empty(), plans);
        vm.refresh();
        assertThat(vm.selectedPlanProperty().get().usable()).isTrue();
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^formatVersion: 1$", "formatVersion: 99"));

        vm.chooseMode(Mode.DRILL);
        vm.open();

        assertThat(opened).as("a DRILL is checked before it opens").isEmpty();
        assertThat(vm.failureProperty().get().english()).contains("does not validate").contains(plan + ":");
        assertThat(incidents).satisfiesAnyOf(folder -> assertThat(folder).doesNotExist(),
                folder -> assertThat(folder).isEmptyDirectory());

        vm.chooseMode(Mode.TABLETOP);
        vm.open();

        assertThat(opened).hasSize(1);
        try (IncidentHandle incident = opened.get(0).incident()) {
            PlanClearance.Standing standing = incident.planCheck().run();
            assertThat(standing.status()).isEqualTo(PlanClearance.Status.FAILED);
            assertThat(standing.problems()).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                    java.util.regex.Pattern.quote(plan.toString()) + ":\\d+:\\d+: .+"));
        }
    }

    @Test
    void liveStartsTheConnectorsShowsWhoTheyActAsAndOpensOnlyOnTheTypedWord() throws Exception {
        try (LoopbackDrill drill = new LoopbackDrill()) {
            drill.writePlan(dir.resolve("plans"));
            StartViewModel vm = viewModel(Optional.empty(), dir.resolve("plans"));
            vm.refresh();
            assertThat(vm.selectedPlanProperty().get().plan().orElseThrow().id()).isEqualTo("loopback-drill");
            liveOpensOnlyOnTheTypedWord(vm);
        }
    }

    private void liveOpensOnlyOnTheTypedWord(StartViewModel vm) throws Exception {
        vm.chooseMode(Mode.LIVE);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.LIVE);
        assertThat(vm.confirmingLiveProperty().get()).as("choosing the mode opens nothing yet").isFalse();

        vm.open();
        assertThat(vm.confirmingLiveProperty().get()).isTrue();
        assertThat(vm.blockerProperty().get()).isEqualTo(StartViewModel.Blocker.CONFIRMING_LIVE);
        assertThat(vm.liveIdentitiesProperty().get()).containsKeys("aws", "azure", "kubernetes", "web");
        assertThat(vm.liveIdentitiesProperty().get().get("web")).startsWith("no cloud identity");
        assertThat(vm.confirmLive("live")).isFalse();
        assertThat(vm.confirmLive("yes")).isFalse();
        vm.cancelLive();
        assertThat(vm.confirmingLiveProperty().get()).isFalse();
        assertThat(opened).isEmpty();
        assertThat(journalsIn(incidents)).as("nothing journaled").isEmpty();

        vm.open();
        assertThat(vm.confirmLive("LIVE")).isTrue();
        assertThat(opened).hasSize(1);
        try (IncidentHandle live = opened.get(0).incident()) {
            assertThat(live.state().mode()).isEqualTo(Mode.LIVE);
            assertThat(live.journal().file().getParent()).isEqualTo(incidents);
            assertThat(live.identities()).containsKey("web");
        }
    }

    @Test
    void aConnectorThatCannotStartIsAFailureInWordsAndNothingIsJournaled() {
        System.setProperty("WARROOM_WEB_TIMEOUT", "soon");
        try {
            StartViewModel vm = viewModel(Optional.empty());
            vm.refresh();
            vm.openFile(PLANS.resolve("local-lab.yaml"));
            vm.chooseMode(Mode.DRILL);
            vm.open();

            assertThat(vm.failureProperty().get().english()).startsWith("the connectors cannot start: WARROOM_WEB_TIMEOUT: ");
            assertThat(vm.openingProperty().get()).isFalse();
            assertThat(opened).isEmpty();
            assertThat(journalsIn(incidents)).as("nothing journaled").isEmpty();
        } finally {
            System.clearProperty("WARROOM_WEB_TIMEOUT");
        }
    }

    @Test
    void aDrillOfAPlanThatUsesWhatNoRealConnectorCanDoIsRefusedNamingEachInWords() throws Exception {
        Path plan = Files.writeString(dir.resolve("orders.yaml"), LiveBlockedPlan.text(), StandardCharsets.UTF_8);
        StartViewModel vm = viewModel(Optional.empty());
        vm.refresh();
        vm.openFile(plan);
        vm.chooseMode(Mode.DRILL);

        vm.open();

        assertThat(vm.failureProperty().get().english().lines()).containsExactlyElementsOf(java.util.stream.Stream.concat(
                LiveBlockedPlan.BLOCKERS.stream().map(b -> plan + b),
                java.util.stream.Stream.of(plan + " cannot open in DRILL: 3 thing(s) in it cannot work on the real connectors (each named"
                        + " above); run it in TABLETOP, or change them (warroom validate " + plan + ")")).toList());
        assertThat(vm.openingProperty().get()).isFalse();
        assertThat(opened).isEmpty();
        assertThat(journalsIn(incidents)).as("nothing journaled").isEmpty();
    }

    @Test
    void opensATabletopIncidentJournaledInTheIncidentsFolder() throws Exception {
        StartViewModel vm = viewModel(Optional.empty());
        vm.refresh();
        var plan = vm.selectedPlanProperty().get().plan().orElseThrow();
        vm.chooseScenario(plan.scenarios().get(0));

        vm.open();

        assertThat(opened).hasSize(1);
        try (IncidentHandle runtime = opened.get(0).incident()) {
            assertThat(runtime.journal().file().getParent()).isEqualTo(incidents);
            assertThat(runtime.state().mode()).isEqualTo(Mode.TABLETOP);
            assertThat(runtime.state().scenario()).contains(plan.scenarios().get(0).id());
        }
        assertThat(vm.openingProperty().get()).isFalse();
    }

    @Test
    void offersUnfinishedIncidentsButNotEndedOnesNorTheOneAlreadyOpen() throws Exception {
        Files.createDirectories(incidents);
        Path left = unfinishedIncident(incidents.resolve("left.jsonl"));
        Path alsoOpen = unfinishedIncident(incidents.resolve("open-now.jsonl"));
        Path ended = incidents.resolve("ended.jsonl");
        dev.warroom.console.palette.ConsoleTestKit.openAndLeave(AI_WORKFLOW, ended, "bob",
                handle -> handle.commands().abort("rehearsal over").get());
        Files.writeString(incidents.resolve("notes.jsonl"), "not a journal\n");

        StartViewModel vm = viewModel(Optional.of(alsoOpen));
        vm.refresh();

        assertThat(vm.unfinished()).extracting(UnfinishedIncident::journal).containsExactly(left);
        UnfinishedIncident offered = vm.unfinished().get(0);
        assertThat(offered.planId()).isEqualTo("ai-workflow");
        assertThat(offered.mode()).isEqualTo("tabletop");
        assertThat(offered.events()).isGreaterThan(3);
        assertThat(offered.planFile()).contains(AI_WORKFLOW);
        assertThat(offered.resumable()).isTrue();

        vm.selectUnfinished(offered);
        vm.resume();
        assertThat(opened).hasSize(1);
        try (IncidentHandle runtime = opened.get(0).incident()) {
            assertThat(runtime.journal().file()).isEqualTo(left);
            assertThat(runtime.state().notes()).extracting(n -> n.text()).contains("left for the night");
        }
    }

    /** The files in the console's incidents folder (the folder itself may exist: naming a journal creates it). */
    private static List<Path> journalsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
