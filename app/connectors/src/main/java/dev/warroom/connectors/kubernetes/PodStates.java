package dev.warroom.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a deployment's pods are not running, and why, in the words kubectl shows (Pending,
 * ImagePullBackOff, CrashLoopBackOff, Terminating).
 */
final class PodStates {

    private static final int NAMED = 3;

    private PodStates() {
    }

    /** The deployment's pods as the namespace's pod informer sees them, or why it cannot. */
    static String of(Deployment deployment, ScopeWatch watch, KubeContext context) {
        LabelSelector selector = deployment.getSpec() == null ? null : deployment.getSpec().getSelector();
        return watch.pods()
                .map(pods -> words(selector, pods))
                .orElseGet(() -> "unknown: " + watch.podFailure().map(e -> KubeFailures.words(context, e)).orElse("still listing"));
    }

    /** e.g. "3 running" or "2 running; not running: web-7d4-x2k (ImagePullBackOff)". */
    static String words(LabelSelector selector, List<Pod> pods) {
        List<Pod> selected = pods.stream()
                .filter(p -> LabelSelectors.matches(selector, p.getMetadata().getLabels()))
                .sorted(Comparator.comparing(p -> p.getMetadata().getName()))
                .toList();
        List<String> notRunning = new ArrayList<>();
        for (Pod pod : selected) {
            problem(pod).ifPresent(why -> notRunning.add(pod.getMetadata().getName() + " (" + why + ")"));
        }
        String running = (selected.size() - notRunning.size()) + " running";
        if (notRunning.isEmpty()) {
            return running;
        }
        List<String> named = notRunning.subList(0, Math.min(NAMED, notRunning.size()));
        String more = notRunning.size() > NAMED ? " and " + (notRunning.size() - NAMED) + " more" : "";
        return running + "; not running: " + String.join(", ", named) + more;
    }

    /** Why a pod is not running, if it is not. */
    static Optional<String> problem(Pod pod) {
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            return Optional.of("Terminating");
        }
        String phase = pod.getStatus() == null || pod.getStatus().getPhase() == null ? "Pending" : pod.getStatus().getPhase();
        Optional<String> waiting = waitingReason(pod);
        if ("Running".equals(phase) && waiting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(waiting.orElse(phase));
    }

    private static Optional<String> waitingReason(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return Optional.empty();
        }
        return pod.getStatus().getContainerStatuses().stream()
                .map(ContainerStatus::getState)
                .filter(s -> s != null && s.getWaiting() != null && s.getWaiting().getReason() != null)
                .map(s -> s.getWaiting().getReason())
                .findFirst();
    }
}
