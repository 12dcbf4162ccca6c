package dev.warroom.cli;

import dev.warroom.core.incident.Commander;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.SuggestedAnswer;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.StepType;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionPreview;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A person at a terminal: every question, confirmation and recovery is asked and typed. */
final class TerminalCommander implements Commander {

    private final String name;
    private final BufferedReader in;
    private final PrintWriter out;
    private final TextLanguage language;

    TerminalCommander(String name, BufferedReader in, PrintWriter out, TextLanguage language) {
        this.name = name;
        this.in = in;
        this.out = SafeTerminalWriter.redacting(out);
        this.language = language;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String answer(DecisionNode node, Optional<SuggestedAnswer> suggestion, Optional<Duration> pending) {
        out.println();
        out.println("? " + (node.question() != null ? language.pick(node.question(), node.questionEn())
                : language.pick(node.title(), node.titleEn())));
        List<Answer> answers = node.answers();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            boolean suggested = suggestion.map(s -> s.answer().equals(a.id())).orElse(false);
            out.printf("  %d) %s%s%n", i + 1, language.pick(a.label(), a.labelEn()),
                    suggested ? "   <- suggested by live signals" : "");
        }
        suggestion.ifPresent(s -> out.println("  evidence: " + String.join("; ", s.evidence())));
        pending.ifPresent(p -> out.println("  (a live signal may suggest an answer in " + DurationText.human(p) + ")"));
        while (true) {
            String line = ask("answer [1-" + answers.size() + "]" + suggestion.map(s -> ", Enter for the suggestion").orElse("") + ": ");
            if (line.isEmpty() && suggestion.isPresent()) {
                return suggestion.get().answer();
            }
            try {
                int choice = Integer.parseInt(line);
                if (choice >= 1 && choice <= answers.size()) {
                    return answers.get(choice - 1).id();
                }
            } catch (NumberFormatException e) {
                for (Answer a : answers) {
                    if (a.id().equals(line)) {
                        return a.id();
                    }
                }
            }
            out.println("  not an answer: type a number from the list");
        }
    }

    @Override
    public Confirmation confirm(StepProposal proposal) {
        out.println();
        out.println("> Step " + proposal.step().id() + ": " + language.pick(proposal.step().title(), proposal.step().titleEn()));
        printStep(proposal.step());
        proposal.preview().ifPresent(p -> printPreview(p));
        if (!proposal.detail().isEmpty()) {
            out.println("  note: " + proposal.detail());
        }
        if (proposal.needsTypedName()) {
            out.println("  DESTRUCTIVE. Type the name of what it changes, '" + proposal.typedConfirmation().get()
                    + "', to confirm, or 'skip'.");
            String typed = ask("confirm: ");
            return typed.equals("skip") ? Confirmation.skip(ask("reason for skipping: ")) : Confirmation.yes(typed);
        }
        if (proposal.step().type() == StepType.CONFIRM) {
            return goOrNoGo(proposal.step());
        }
        while (true) {
            String line = ask("run it? [y = yes, s = skip]: ").toLowerCase(java.util.Locale.ROOT);
            if (line.equals("y") || line.equals("yes")) {
                return Confirmation.yes("");
            }
            if (line.equals("s") || line.equals("skip")) {
                return Confirmation.skip(ask("reason for skipping: "));
            }
        }
    }

    /** A go/no-go: its question, and "no" is an answer (with the commander's reason), as is skipping. */
    private Confirmation goOrNoGo(Step step) {
        out.println("  go/no-go: " + (step.prompt() != null ? step.prompt() : step.title()));
        while (true) {
            String line = ask("go? [y = go, n = no-go, s = skip]: ").toLowerCase(java.util.Locale.ROOT);
            switch (line) {
                case "y", "yes", "go" -> {
                    return Confirmation.yes("");
                }
                case "n", "no", "no-go" -> {
                    return Confirmation.refuse(ask("why no-go: "));
                }
                case "s", "skip" -> {
                    return Confirmation.skip(ask("reason for skipping: "));
                }
                default -> out.println("  answer y, n or s");
            }
        }
    }

    /** Who does the step and what it is, with a manual step's command on a line of its own so it copies cleanly. */
    private void printStep(Step step) {
        if (step.role() != null) {
            out.println("  role: " + step.role());
        }
        if (step.description() != null) {
            step.description().strip().lines().forEach(line -> out.println("  " + line));
        }
        if (step.command() != null && !step.command().isBlank()) {
            out.println("  command:");
            step.command().strip().lines().forEach(out::println);
        }
    }

    @Override
    public CheckAnswer check(StepProposal proposal, String question) {
        out.println();
        out.println("? Check for step " + proposal.step().id() + ": " + question);
        while (true) {
            String line = ask("does it hold? [y = yes, n = no]: ").toLowerCase(java.util.Locale.ROOT);
            if (line.equals("y") || line.equals("yes")) {
                return CheckAnswer.holds(name, ask("what did you see: "));
            }
            if (line.equals("n") || line.equals("no")) {
                return CheckAnswer.fails(name, ask("what did you see: "));
            }
        }
    }

    /**
     * At a round of a reassess node with no signal to say recovered: the round and what the world shows,
     * then "recovered? [y/N]"; a yes asks what shows it, and the journal names this person as who confirmed it.
     */
    @Override
    public Optional<String> recovered(DecisionNode node, int round, List<String> evidence) {
        if (node.until() != null) {
            return Optional.empty();
        }
        out.println();
        out.println("? " + language.pick(node.title(), node.titleEn()) + ": round " + round + " — has it recovered?");
        evidence.forEach(e -> out.println("  " + e));
        while (true) {
            String line = ask("recovered? [y/N]: ").toLowerCase(java.util.Locale.ROOT);
            if (line.isEmpty() || line.equals("n") || line.equals("no")) {
                return Optional.empty();
            }
            if (line.equals("y") || line.equals("yes")) {
                while (true) {
                    String words = ask("what shows it has recovered: ");
                    if (!words.isBlank()) {
                        return Optional.of(words);
                    }
                }
            }
            out.println("  answer y or n");
        }
    }

    private void printPreview(ActionPreview p) {
        out.println("  will: " + p.summary());
        p.changes().forEach(c -> out.println("    - " + c));
        out.println("  call: " + p.call());
    }

    @Override
    public Recovery recover(StepProposal proposal) {
        out.println();
        out.println("! Step " + proposal.step().id() + " is " + proposal.status().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ": " + proposal.detail());
        String options = switch (proposal.status()) {
            case OUTCOME_UNKNOWN -> "[v]erify now, [r]etry, [s]kip, [b] roll back, [a]bort";
            case REFUSED -> "[r]etry (ask the go/no-go again), [s]kip, [a]bort";
            default -> "[r]etry, [s]kip, [b] roll back, [a]bort";
        };
        while (true) {
            String line = ask(options + ": ").toLowerCase(java.util.Locale.ROOT);
            switch (line) {
                case "v" -> {
                    return Recovery.of(Recovery.Choice.VERIFY, "");
                }
                case "r" -> {
                    return Recovery.of(Recovery.Choice.RETRY, "");
                }
                case "s" -> {
                    return Recovery.of(Recovery.Choice.SKIP, ask("reason for skipping: "));
                }
                case "b" -> {
                    return Recovery.of(Recovery.Choice.ROLLBACK, "");
                }
                case "a" -> {
                    return Recovery.of(Recovery.Choice.ABORT, ask("reason for aborting: "));
                }
                default -> out.println("  choose one of the letters");
            }
        }
    }

    private String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                throw new InputClosedException();
            }
            return line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard input ended while a question was open; the incident stays resumable. */
    static final class InputClosedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputClosedException() {
            super("standard input closed while waiting for an answer");
        }
    }
}
