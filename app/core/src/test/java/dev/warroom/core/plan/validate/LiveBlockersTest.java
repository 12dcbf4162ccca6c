package dev.warroom.core.plan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The warnings about what cannot work on the real connectors are the ones {@code Result.liveBlockers()} gives (and
 * the incident service refuses a DRILL or LIVE by); the messages and positions of each rule are in the broken-plan
 * corpus ({@code live-*.yaml}).
 */
class LiveBlockersTest {

    private final PlanValidation validation = new PlanValidation();

    @Test
    void theLocalLabPlanStaysDrillable() {
        Path lab = Path.of(System.getProperty("warroom.root", "../.."), "plans", "local-lab.yaml");

        PlanValidation.Result result = validation.validate(lab);

        assertThat(result.passed()).isTrue();
        assertThat(result.liveBlockers()).isEmpty();
    }

    @Test
    void liveBlockersAreWarningsThatSayWhatTheyBlockAndOrdinaryWarningsAreNotAmongThem() throws IOException {
        String plan = minimal()
                .replace("          kind: database.promote\n          target: db-west\n",
                        "          kind: database.promote\n          target: db-west\n          params: {mode: detach}\n")
                .replace("        observe: {host: db-west.internal, port: 5432, database: app}\n",
                        "        observe: {host: db-west.internal, port: 5432, database: app, colour: blue}\n");

        PlanValidation.Result result = validation.validate("plan.yaml", plan.getBytes(StandardCharsets.UTF_8));

        assertThat(result.passed()).as("warnings only: validate passes, TABLETOP opens").isTrue();
        assertThat(result.liveBlockers()).extracting(Problem::format).containsExactly("plan.yaml:84:20: warning: the real database.promote"
                + " on postgres does not read param 'mode' (it reads none), so 'mode: detach' would be ignored (blocks DRILL and LIVE)");
        assertThat(result.problems()).filteredOn(p -> !p.blocksLive()).extracting(Problem::message)
                .containsExactly("unknown observe key 'colour' for postgres");
    }

    @Test
    void aParamTheLiveExecutorReadsIsNoBlocker() throws IOException {
        String plan = minimal().replace("        kind: postgres\n        title: 備援資料庫",
                        "        kind: azure-postgres-flexible\n        title: 備援資料庫")
                .replace("        observe: {host: db-west.internal, port: 5432, database: app}\n",
                        "        observe: {resourceGroup: rg-west, name: db-west}\n")
                .replace("          kind: database.promote\n          target: db-west\n",
                        "          kind: database.promote\n          target: db-west\n          params: {mode: planned}\n");

        PlanValidation.Result result = validation.validate("plan.yaml", plan.getBytes(StandardCharsets.UTF_8));

        assertThat(result.liveBlockers()).isEmpty();
    }

    @Test
    void anUnknownActionKindIsAnErrorNamingTheNearestKnownKinds() throws IOException {
        String plan = minimal().replace("          kind: database.promote\n", "          kind: database.failover\n");

        PlanValidation.Result result = validation.validate("plan.yaml", plan.getBytes(StandardCharsets.UTF_8));

        assertThat(result.passed()).isFalse();
        assertThat(result.problems()).extracting(Problem::message).contains("unknown action kind 'database.failover'"
                + " (nearest known: database.promote)");
    }

    @Test
    void aRunTimeValueIsNotJudgedBeforeItIsKnown() throws IOException {
        String plan = minimal().replace("          condition: is-primary\n", "          condition: replicas-ready\n          value: \"{{count}}\"\n");

        PlanValidation.Result result = validation.validate("plan.yaml", plan.getBytes(StandardCharsets.UTF_8));

        assertThat(result.liveBlockers()).isEmpty();
    }

    private static String minimal() throws IOException {
        return Files.readString(TestPlans.minimal(), StandardCharsets.UTF_8);
    }
}
