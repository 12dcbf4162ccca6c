package dev.warroom.connectors.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.catalog.LiveCapabilities;
import dev.warroom.core.plan.catalog.LiveExecutor;
import dev.warroom.core.plan.catalog.ResourceKinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the validator tells a user about DRILL and LIVE (core's {@link LiveCapabilities}) is what the real connectors
 * register: every family the standard world loads is built, with no credentials and nothing but a stand-in plan folder,
 * and only its registration is read (no probe or action is called, so nothing connects).
 */
class LiveCatalogueTest {

    @TempDir
    Path dir;

    private final List<Connector> connectors = new ArrayList<>();

    @BeforeEach
    void build() {
        ConnectorSettings none = ConnectorSettings.of(Map.of(ConnectorSettings.PLAN_DIR, dir.toString()));
        for (ConnectorFactory factory : ServiceLoader.load(ConnectorFactory.class, Connectors.class.getClassLoader())) {
            connectors.add(factory.create(none));
        }
    }

    @AfterEach
    void close() {
        connectors.forEach(Connector::close);
    }

    @Test
    void everyFamilyIsBuilt() {
        assertThat(connectors).extracting(Connector::name).contains("aws", "azure", "kubernetes", "web", "postgres", "redis");
    }

    @Test
    void theCatalogueSaysExactlyWhichResourceKindsAConnectorProbes() {
        Set<String> probed = new TreeSet<>();
        connectors.forEach(c -> probed.addAll(c.probes().keySet()));

        assertThat(new TreeSet<>(LiveCapabilities.probedKinds())).isEqualTo(probed);
        assertThat(probed).allSatisfy(kind -> assertThat(ResourceKinds.find(kind)).as("%s is a kind plans can name", kind).isPresent());
    }

    @Test
    void theCatalogueSaysExactlyWhichActionsAConnectorPerformsOnWhichTargetsReadingWhichParams() {
        Map<String, Set<String>> registered = new TreeMap<>();
        for (Connector connector : connectors) {
            for (ActionKey key : connector.executors().keySet()) {
                assertThat(connector.paramsRead()).as("%s says which params its %s reads", connector.name(), key).containsKey(key);
                registered.putIfAbsent(words(key.actionKind(), key.resourceKind()), new TreeSet<>(connector.paramsRead().get(key)));
            }
            assertThat(connector.executors().keySet()).as("%s lists params only for executors it has", connector.name())
                    .containsAll(connector.paramsRead().keySet());
        }
        Map<String, Set<String>> catalogued = new TreeMap<>();
        for (LiveExecutor executor : LiveCapabilities.executors()) {
            catalogued.put(words(executor.actionKind(), executor.targetKind()), new TreeSet<>(executor.params()));
        }

        assertThat(catalogued).isEqualTo(registered);
        assertThat(LiveCapabilities.ANY_TARGET).isEqualTo(ActionKey.ANY_TARGET);
    }

    @Test
    void everyLiveActionIsOneThePlanFormatKnowsOnATargetItAcceptsWithParamsItAllows() {
        for (LiveExecutor executor : LiveCapabilities.executors()) {
            var kind = ActionKinds.find(executor.actionKind());
            assertThat(kind).as(executor.actionKind()).isPresent();
            if (!executor.anyTarget()) {
                assertThat(kind.get().targetKinds()).as(executor.toString()).contains(executor.targetKind());
            }
            assertThat(executor.params()).as(executor.toString()).allSatisfy(p -> assertThat(kind.get().allowsParam(p)).isTrue());
        }
    }

    private static String words(String action, String target) {
        return action + " on " + target;
    }
}
