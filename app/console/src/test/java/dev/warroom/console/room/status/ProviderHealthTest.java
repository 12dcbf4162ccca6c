package dev.warroom.console.room.status;

import static dev.warroom.console.room.board.BoardFixtures.T0;
import static dev.warroom.console.room.board.BoardFixtures.aiWorkflow;
import static dev.warroom.console.room.board.BoardFixtures.failing;
import static dev.warroom.console.room.board.BoardFixtures.fresh;
import static dev.warroom.console.room.board.BoardFixtures.observed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.plan.PlanDirectory;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.ReplicationRole;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderHealthTest {

    @Test
    void theAiWorkflowBoardIsReadThroughAzureKubernetesPlainHttpAndDns() throws Exception {
        List<ProviderHealth> providers = ProviderHealth.of(aiWorkflow(), allUp(aiWorkflow(), T0));
        // dns: the DR load balancer's public name, which the failover's DNS step reads its address from
        assertThat(providers).extracting(ProviderHealth::provider).containsExactly("azure", "http", "dns", "kubernetes");
        assertThat(providers).allMatch(p -> p.connectivity() == ProviderHealth.Connectivity.OK);
        assertThat(providers).allMatch(p -> p.lastHeard().equals(Optional.of(T0)));
        assertThat(providers.stream().mapToInt(ProviderHealth::total).sum())
                .isEqualTo(aiWorkflow().sites().stream().mapToInt(s -> s.resources().size()).sum());
    }

    @Test
    void aLostRegionLeavesAzurePartlyAnsweringAndSaysHowMuchIsUnreachable() throws Exception {
        Plan plan = aiWorkflow();
        List<BoardEntry> entries = new ArrayList<>();
        for (BoardEntry entry : allUp(plan, T0).entries()) {
            boolean eastus = entry.siteId().equals("eastus") && !entry.kind().equals("azure-service-health");
            entries.add(eastus ? failing(entry.resourceId(), BoardStatus.UNREACHABLE, "no answer from eastus", null) : entry);
        }
        ProviderHealth azure = ProviderHealth.of(plan, new BoardSnapshot(2, T0, entries)).stream()
                .filter(p -> p.provider().equals("azure")).findFirst().orElseThrow();

        assertThat(azure.connectivity()).isEqualTo(ProviderHealth.Connectivity.PARTIAL);
        assertThat(azure.worst()).isEqualTo(BoardStatus.UNREACHABLE);
        assertThat(azure.failing()).isEqualTo(4);
        assertThat(azure.total()).isEqualTo(12);
        assertThat(azure.lastHeard()).contains(T0);
    }

    @Test
    void refusedCredentialsMeanTheProviderIsDownEvenIfSomeReadingsAreFresh() throws Exception {
        Plan plan = aiWorkflow();
        List<BoardEntry> entries = new ArrayList<>(allUp(plan, T0).entries());
        entries.replaceAll(e -> e.resourceId().equals("db-dr") ? failed(e, BoardStatus.AUTH_FAILED) : e);
        ProviderHealth azure = ProviderHealth.of(plan, new BoardSnapshot(2, T0, entries)).get(0);

        assertThat(azure.worst()).isEqualTo(BoardStatus.AUTH_FAILED);
        assertThat(azure.connectivity()).isEqualTo(ProviderHealth.Connectivity.DOWN);
    }

    @Test
    void everyResourceOfEveryPlanIsReadThroughANamedProvider() throws Exception {
        Path plans = Path.of(System.getProperty("warroom.root", "../.."), "plans");
        Set<String> named = new HashSet<>();
        for (PlanDirectory.Entry file : PlanDirectory.scan(plans)) {
            Plan plan = dev.warroom.console.palette.ConsoleTestKit.plan(file.file());
            for (Site site : plan.sites()) {
                for (Resource resource : site.resources()) {
                    named.add(ProviderOf.of(site, resource));
                }
            }
        }
        assertThat(named).contains("azure", "aws", "kubernetes", "http", "postgres", "redis").doesNotContain("other", "");
    }

    private static BoardEntry failed(BoardEntry entry, BoardStatus status) {
        return new BoardEntry(entry.resourceId(), entry.siteId(), entry.kind(), entry.observation(), status,
                Optional.of("refused"), 1, Optional.empty(), false);
    }

    private static BoardSnapshot allUp(Plan plan, Instant at) throws Exception {
        List<BoardEntry> entries = new ArrayList<>();
        for (Site site : plan.sites()) {
            for (Resource resource : site.resources()) {
                entries.add(fresh(observed(resource.id(), Health.UP, ReplicationRole.NONE, null, at)));
            }
        }
        return new BoardSnapshot(1, at, entries);
    }
}
