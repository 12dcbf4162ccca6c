package dev.warroom.connectors.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Fabric8 client per kubeconfig context, on the JDK HTTP client, with short timeouts and no
 * silent retries: a failing API server shows on the board at once instead of after a back-off.
 * Credentials come from the kubeconfig (tokens, certificates, exec plugins). Thread-safe.
 */
final class KubeClients implements AutoCloseable {

    private final KubeTimeouts timeouts;
    private final Map<KubeContext, KubernetesClient> clients = new ConcurrentHashMap<>();

    KubeClients(KubeTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    KubernetesClient of(KubeContext context) {
        return clients.computeIfAbsent(context, this::open);
    }

    private KubernetesClient open(KubeContext context) {
        Config config = Config.fromKubeconfig(context.name(), context.kubeconfig().toFile());
        config.setConnectionTimeout((int) timeouts.connect().toMillis());
        config.setRequestTimeout((int) timeouts.request().toMillis());
        config.setRequestRetryBackoffLimit(0);
        return new KubernetesClientBuilder()
                .withConfig(config)
                .withHttpClientFactory(new JdkHttpClientFactory())
                .build();
    }

    @Override
    public void close() {
        clients.values().forEach(KubernetesClient::close);
        clients.clear();
    }
}
