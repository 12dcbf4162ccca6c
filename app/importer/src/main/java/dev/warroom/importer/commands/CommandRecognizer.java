package dev.warroom.importer.commands;

import java.util.Optional;

/**
 * Recognises one shell command (continuation lines already joined, comments stripped) as a native action:
 * {@code az postgres flexible-server replica promote}, {@code aws rds promote-read-replica}, {@code kubectl scale},
 * {@code az network dns record-set … update}, {@code aws route53 change-resource-record-sets}, {@code curl -f …/health}…
 * Empty when no native action does what the command does.
 *
 * <p>An implementation may remember what earlier commands of the same document selected, as the shell running them
 * would (the Kubernetes context of {@code az aks get-credentials} for a later {@code kubectl scale}): give it the
 * document's commands in document order, and use one recognizer per document ({@link ShellCommandRecognizer}).
 */
public interface CommandRecognizer {

    Optional<RecognizedCommand> recognize(String command);

    /** Whether the command looks destructive (promote, delete, drop, DNS changes, {@code --force}), recognised or not. */
    boolean looksDestructive(String command);
}
