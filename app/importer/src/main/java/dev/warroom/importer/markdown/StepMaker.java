package dev.warroom.importer.markdown;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.importer.commands.CommandParameter;
import dev.warroom.importer.commands.CommandRecognizer;
import dev.warroom.importer.commands.RecognizedCommand;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a part of the document that carries commands into procedure steps: a command WarRoom has a native action for
 * (and whose arguments name its resource) becomes an action step, the rest a manual step that keeps its command. A
 * destructive-looking step is marked destructive and gets a verification for the author to fill.
 */
final class StepMaker {

    static final String TO_FILL = "(to fill) ";

    private final CommandRecognizer recognizer;
    private final PlanDraft draft;

    StepMaker(CommandRecognizer recognizer, PlanDraft draft) {
        this.recognizer = recognizer;
        this.draft = draft;
    }

    /**
     * Adds the steps of one command-carrying part to {@code procedure}.
     *
     * @param title the step's title as the document words it
     * @param code the commands, verbatim (empty for a step that has none)
     * @param what what the part was, for the mapping report
     * @param extra fields for the first step (a numbered step's description)
     */
    void add(Map<String, Object> procedure, String title, String code, List<String> commands, int from, int to, ImportText what,
            Map<String, Object> extra) {
        List<Map<String, Object>> steps = new ArrayList<>();
        List<String> manualCommands = new ArrayList<>();
        if (commands.size() > 1) {
            for (String command : commands) {
                Optional<Map<String, Object>> action = actionStep(procedure, title, command, from);
                if (action.isPresent()) {
                    flushManual(steps, title, manualCommands, from);
                    steps.add(action.get());
                } else {
                    manualCommands.add(command);
                }
            }
            if (!steps.isEmpty()) {
                flushManual(steps, title, manualCommands, from);
            }
        } else if (commands.size() == 1) {
            actionStep(procedure, title, code.strip(), from).ifPresent(step -> {
                step.put("command", draft.text(code.strip(), from));
                steps.add(step);
            });
        }
        if (steps.isEmpty()) {
            steps.add(manualStep(title, code.strip(), commands, from));
        }
        steps.get(0).putAll(extra);
        for (Map<String, Object> step : steps) {
            String path = draft.addStep(procedure, step, englishWords(step));
            draft.mapped(from, to, what, describe(path, step));
        }
    }

    private void flushManual(List<Map<String, Object>> steps, String title, List<String> manualCommands, int line) {
        if (!manualCommands.isEmpty()) {
            String code = String.join("\n", manualCommands);
            steps.add(manualStep(title, code, manualCommands, line));
            manualCommands.clear();
        }
    }

    private Map<String, Object> manualStep(String title, String code, List<String> commands, int line) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("type", "manual");
        step.put("title", draft.text(title, line));
        if (!code.isEmpty()) {
            step.put("command", draft.text(code, line));
        }
        String destructive = commands.stream().filter(recognizer::looksDestructive).findFirst().orElse(null);
        if (destructive != null) {
            step.put("destructive", true);
            step.put("changes", changes(destructive));
            step.put("verify", verificationToFill(title));
            draft.warn(line, "warning.destructive-command", shorten(destructive, 60));
        }
        return step;
    }

    /** An action step for the command, when WarRoom has the action and the command names a resource it can create. */
    private Optional<Map<String, Object>> actionStep(Map<String, Object> procedure, String title, String command, int line) {
        Optional<RecognizedCommand> recognized = recognizer.recognize(command);
        if (recognized.isEmpty()) {
            return Optional.empty();
        }
        RecognizedCommand native_ = recognized.get();
        Optional<ActionKind> kind = ActionKinds.find(native_.actionKind());
        if (kind.isEmpty() || !native_.params().keySet().containsAll(kind.get().requiredParams())
                || !native_.params().keySet().stream().allMatch(kind.get()::allowsParam)) {
            draft.warn(line, "warning.params-missing", shorten(command, 60), native_.actionKind());
            return Optional.empty();
        }
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("kind", native_.actionKind());
        if (kind.get().targetsChannel()) {
            return Optional.empty();
        }
        if (!kind.get().targetKinds().isEmpty()) {
            if (native_.target().isEmpty() || !kind.get().targetKinds().contains(native_.target().get().kind())
                    || ResourceKinds.find(native_.target().get().kind()).isEmpty()) {
                return Optional.empty();
            }
            Optional<String> resource = draft.resource(native_.target().get());
            if (resource.isEmpty()) {
                return Optional.empty();
            }
            action.put("target", resource.get());
        }
        if (!native_.params().isEmpty()) {
            Map<String, Object> params = new LinkedHashMap<>();
            native_.params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> params.put(e.getKey(), draft.text(e.getValue(), line)));
            action.put("params", params);
        }
        declare(procedure, native_.parameters(), line);
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("type", "action");
        step.put("title", draft.text(title, line));
        step.put("action", action);
        boolean destructive = native_.destructive() || kind.get().inherentlyDestructive() || recognizer.looksDestructive(command);
        if (destructive) {
            step.put("destructive", true);
            step.put("verify", verificationToFill(title));
            draft.warn(line, "warning.destructive-action", native_.actionKind());
        }
        step.put("command", draft.text(command, line));
        return Optional.of(step);
    }

    /** The values the command leaves open, asked when the procedure runs. */
    @SuppressWarnings("unchecked")
    private void declare(Map<String, Object> procedure, List<CommandParameter> parameters, int line) {
        for (CommandParameter parameter : parameters) {
            List<Map<String, Object>> declared = (List<Map<String, Object>>) procedure.computeIfAbsent("parameters", k -> new ArrayList<>());
            if (declared.stream().noneMatch(p -> parameter.id().equals(p.get("id")))) {
                Map<String, Object> drafted = new LinkedHashMap<>();
                drafted.put("id", parameter.id());
                drafted.put("title", draft.text(parameter.asWritten(), line));
                drafted.put("description", draft.text("The document leaves this value open: " + parameter.asWritten(), line));
                declared.add(drafted);
                draft.warn(line, "warning.parameter-open", parameter.asWritten(), "{{" + parameter.id() + "}}");
            }
        }
    }

    private static Map<String, Object> verificationToFill(String title) {
        Map<String, Object> verify = new LinkedHashMap<>();
        verify.put("title", TO_FILL + title);
        verify.put("condition", "manual-check");
        return verify;
    }

    /** What a person types to confirm: the command's first words, the best the document says. */
    private static String changes(String command) {
        return shorten(command, 80);
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private static String englishWords(Map<String, Object> step) {
        Object title = step.get("title");
        Object command = step.get("command");
        String words = title == null ? "" : title.toString();
        if (!words.matches("(?s).*[A-Za-z]{3,}.*") && command != null) {
            words = command.toString().lines().filter(l -> !ShellScript.trivial(l)).findFirst().orElse("");
        }
        return words;
    }

    /** Where the step went and what it became: "procedures[p].steps[s] (action database.promote on db, destructive: …)". */
    private static ImportText describe(String path, Map<String, Object> step) {
        ImportText kind;
        if (step.get("action") instanceof Map<?, ?> action) {
            kind = action.get("target") != null ? ImportText.of("step.action-on", action.get("kind"), action.get("target"))
                    : ImportText.of("step.action", action.get("kind"));
        } else {
            kind = "manual".equals(step.get("type")) ? ImportText.of("step.manual") : ImportText.verbatim(String.valueOf(step.get("type")));
        }
        return ImportText.of(Boolean.TRUE.equals(step.get("destructive")) ? "became.step.destructive" : "became.step", path, kind);
    }
}
