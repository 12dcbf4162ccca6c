package dev.warroom.connectors.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.world.Injection;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a DRILL of plans/local-lab.yaml finds in the lab directory before it starts: the plan's
 * variables filled in from the lab, and the scenario's outage mapped onto the lab's own servers (the
 * stopping itself runs on real servers in the command line's LocalLabDrillTest).
 */
class LabFaultInjectorTest {

    @TempDir
    Path labDir;

    private final LabPlan plan = LabPlan.load(LabPorts.standard());

    @Test
    void withoutALabTheFacilitatorIsToldToStartOne() {
        Injection injection = injector().inject(fault(FaultKind.REGION_DOWN, "lab-primary"), plan.plan());

        assertThat(injection.done()).isFalse();
        assertThat(injection.words()).isEqualTo("no lab is up in " + labDir + " (`warroom lab up` starts one)");
    }

    @Test
    void aRegionDownReachesOnlyTheLabServersOfThatSite() throws Exception {
        GoneLab.record(labDir, "lab-secret");

        Injection injection = injector().inject(fault(FaultKind.REGION_DOWN, "lab-primary"), plan.plan());

        assertThat(injection.done()).isTrue();
        assertThat(injection.words()).isEqualTo("pg-primary was already down, redis-master was already down — lab in " + labDir);
    }

    @Test
    void faultsTheLabCannotCauseAndTargetsOutsideItAreLeftToTheFacilitator() throws Exception {
        GoneLab.record(labDir, "lab-secret");

        assertThat(injector().inject(fault(FaultKind.REPLICA_LAG_SPIKE, "pg-standby"), plan.plan()).words())
                .isEqualTo("the lab brings about region-down and resource-down only");
        GoneLab.record(labDir, "lab-secret", LabPorts.of(25432, 26379));
        assertThat(injector().inject(fault(FaultKind.RESOURCE_DOWN, "pg-primary"), plan.plan())).as("a lab on other ports than the plan's")
                .isEqualTo(Injection.byHand("pg-primary holds none of the servers of the lab in " + labDir));
    }

    @Test
    void whileALabIsUpThePlanNeedsNoExportedVariablesButAnExportedOneWins() throws Exception {
        GoneLab.record(labDir, "lab-secret");
        ConnectorSettings settings = ConnectorSettings.of(Map.of(Lab.DIR_ENV, labDir.toString()));

        ConnectorSettings filled = LabDefaults.fill(settings);
        ConnectorSettings chosen = LabDefaults.fill(settings.with(LabResources.WEBHOOK_ENV, "http://127.0.0.1:9/elsewhere"));

        assertThat(filled.get(LabResources.PASSWORD_ENV)).contains("lab-secret");
        assertThat(filled.get(LabResources.WEBHOOK_ENV)).contains("http://127.0.0.1:16381/chat");
        assertThat(chosen.get(LabResources.WEBHOOK_ENV)).contains("http://127.0.0.1:9/elsewhere");
        assertThat(LabDefaults.fill(ConnectorSettings.of(Map.of(Lab.DIR_ENV, labDir.resolve("none").toString())))
                .get(LabResources.PASSWORD_ENV)).as("no lab, nothing filled in").isEmpty();
    }

    private LabFaultInjector injector() {
        return LabFaultInjector.from(ConnectorSettings.of(Map.of(Lab.DIR_ENV, labDir.toString())));
    }

    private static Fault fault(FaultKind kind, String target) {
        return new Fault(null, kind, target, null, null, null);
    }
}
