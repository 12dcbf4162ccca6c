package dev.warroom.importer.commands;

import java.util.Optional;

/**
 * Recognises one shell command (continuation lines already joined, comments stripped) as a native action:
 * {@code az postgres flexible-server replica promote}, {@code aws rds promote-read-replica}, {@code kubectl scale},
 * {@code az network dns record-set … update}, {@code aws route53 change-resource-record-sets}, {@code curl -f …/health}…
 * Empty when no native action does what the command does.
 */
public interface CommandRecognizer {

    Optional<RecognizedCommand> recognize(String command);

    /** Whether the command looks destructive (promote, delete, drop, DNS changes, {@code --force}), recognised or not. */
    boolean looksDestructive(String command);
}
