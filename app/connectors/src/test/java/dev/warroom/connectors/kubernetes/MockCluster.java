package dev.warroom.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * A Kubernetes API server stand-in on loopback: Fabric8's mock server in CRUD mode, so objects the
 * test creates are listed, watched, scaled and updated as on a real cluster, plus refusals the test
 * sets up. The test plays the cluster's controllers through {@link #client()} (e.g. marking replicas ready).
 */
final class MockCluster implements AutoCloseable {

    private final KubernetesMockServer server;
    private final KubernetesClient client;

    MockCluster() {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations, new KubernetesMixedDispatcher(expectations), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    KubernetesClient client() {
        return client;
    }

    int requestCount() {
        return server.getRequestCount();
    }

    Deployment deployment(String namespace, String name, int desired, int ready) {
        Deployment created = client.apps().deployments().inNamespace(namespace).resource(new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().withReplicas(desired)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName(name).withImage("registry.example/" + name + ":1").endContainer().endSpec()
                .endTemplate()
                .endSpec().build()).create();
        return readyReplicas(namespace, name, ready, created);
    }

    /** What the deployment controller does as pods come ready: updates the status subresource. */
    Deployment readyReplicas(String namespace, String name, int ready) {
        return readyReplicas(namespace, name, ready, client.apps().deployments().inNamespace(namespace).withName(name).get());
    }

    private Deployment readyReplicas(String namespace, String name, int ready, Deployment current) {
        current.setStatus(new DeploymentStatusBuilder()
                .withReplicas(current.getSpec().getReplicas())
                .withReadyReplicas(ready)
                .withAvailableReplicas(ready)
                .build());
        return client.apps().deployments().inNamespace(namespace).resource(current).updateStatus();
    }

    int desiredReplicas(String namespace, String name) {
        return client.apps().deployments().inNamespace(namespace).withName(name).get().getSpec().getReplicas();
    }

    Node node(String name, boolean ready) {
        return client.nodes().resource(new NodeBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition().endStatus()
                .build()).create();
    }

    /** A pod of the deployment {@code app}; {@code waiting} is a container's waiting reason, or null when it runs. */
    Pod pod(String namespace, String app, String name, String phase, String waiting) {
        PodBuilder pod = new PodBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).addToLabels("app", app).endMetadata()
                .withNewStatus().withPhase(phase)
                .addToContainerStatuses(new ContainerStatusBuilder().withName(app).withReady(waiting == null)
                        .withState(waiting == null
                                ? new ContainerStateBuilder().withNewRunning().endRunning().build()
                                : new ContainerStateBuilder().withNewWaiting().withReason(waiting).endWaiting().build())
                        .build())
                .endStatus();
        return client.pods().inNamespace(namespace).resource(pod.build()).create();
    }

    /** RBAC that lets the connector's user read deployments but not pods in {@code namespace}. */
    void forbidPodList(String namespace) {
        server.expect().get().withPath("/api/v1/namespaces/" + namespace + "/pods?resourceVersion=0")
                .andReturn(403, new StatusBuilder().withStatus("Failure").withReason("Forbidden").withCode(403)
                        .withMessage("pods is forbidden: User \"dr-reader\" cannot list resource \"pods\" in API group \"\" in the namespace \"" + namespace + "\"")
                        .build())
                .always();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
