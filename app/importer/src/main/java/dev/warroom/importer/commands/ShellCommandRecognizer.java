package dev.warroom.importer.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command recognizer for one document. Like the shell that would run the document's scripts in order, it
 * remembers what earlier commands selected: a Kubernetes context ({@code az aks get-credentials},
 * {@code aws eks update-kubeconfig}, {@code kubectl config use-context}) that later {@code kubectl} commands act
 * in, variables set to plain values ({@code RG=shop-dr-rg}) that later {@code $RG} stand for, and files written by
 * here-documents that a later {@code file://} argument reads. Use a new one per document.
 *
 * <p>Given several commands at once (a step's lines), it recognises the one that does the work when the others only
 * print, wait or set the shell up ({@code echo}, {@code sleep}, {@code set -e}); with two commands that do work the
 * step stays manual (an action step would run only one of them).
 */
public final class ShellCommandRecognizer implements CommandRecognizer {

    private static final Set<String> INCIDENTAL = Set.of("echo", "printf", "sleep", "set", "read", "export", "cd", "true",
            "false", "fi", "done", "esac", "then", "else", "do", "return", "exit", "local", "shift", "unset", "wait", "source",
            ".", "trap", "{", "}", "for", "case", "#!/bin/bash", "#!/bin/sh");
    private static final int LONGEST_COMMAND = 256 * 1024;

    private final ShellState state = new ShellState();
    private final List<ToolCommands> tools;

    public ShellCommandRecognizer() {
        ToolCommands psql = new PsqlCommands();
        List<ToolCommands> direct = List.of(new AzureCommands(), new AwsCommands(), new CurlCommands(), psql, new RedisCommands());
        ToolCommands any = (line, s) -> direct.stream().map(t -> t.recognize(line, s)).flatMap(Optional::stream).findFirst();
        List<ToolCommands> all = new ArrayList<>(direct);
        all.add(new KubectlCommands(any));
        this.tools = List.copyOf(all);
    }

    @Override
    public Optional<RecognizedCommand> recognize(String command) {
        if (command == null || command.isBlank() || command.length() > LONGEST_COMMAND) {
            return Optional.empty();
        }
        try {
            if (SqlStatements.looksLikeSql(command)) {
                return SqlStatements.recognize(command);
            }
            List<RecognizedCommand> found = new ArrayList<>();
            int working = 0;
            for (ShellWords.Simple simple : ShellWords.split(command)) {
                CommandLine line = CommandLine.of(simple).with(state.variables());
                Optional<java.util.Map.Entry<String, String>> assignment = line.assignment();
                if (assignment.isPresent()) {
                    state.assign(assignment.get().getKey(), assignment.get().getValue());
                    continue;
                }
                remember(line);
                if (line.words().isEmpty() || INCIDENTAL.contains(line.program()) || line.words().get(0).contains("=")) {
                    continue;
                }
                working++;
                recognizeOne(line).ifPresent(found::add);
            }
            return working == 1 && found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean looksDestructive(String command) {
        if (command == null || command.length() > LONGEST_COMMAND) {
            return command != null;
        }
        try {
            return DestructiveCommands.looksDestructive(command);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private Optional<RecognizedCommand> recognizeOne(CommandLine line) {
        for (ToolCommands tool : tools) {
            Optional<RecognizedCommand> recognized = tool.recognize(line, state);
            if (recognized.isPresent()) {
                return recognized;
            }
        }
        return Optional.empty();
    }

    /** A here-document written to a file ({@code cat > change.json <<EOF}) is kept for a later {@code file://}. */
    private void remember(CommandLine line) {
        if (line.heredoc().isEmpty() || !line.program().equals("cat") && !line.program().equals("tee")) {
            return;
        }
        List<String> redirections = line.redirections();
        for (int i = 0; i + 1 < redirections.size(); i++) {
            if (redirections.get(i).equals(">") || redirections.get(i).equals(">>")) {
                state.wrote(redirections.get(i + 1), line.heredoc().get());
            }
        }
        if (line.program().equals("tee") && line.words().size() > 1) {
            state.wrote(line.words().get(line.words().size() - 1), line.heredoc().get());
        }
    }
}
