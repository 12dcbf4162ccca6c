package dev.warroom.core.plan.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.Finding;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.core.plan.validate.Severity;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads a plan file: reads it within {@link LoadLimits}, parses YAML, checks the JSON Schema and
 * binds the records. Never throws for bad input; every problem comes back with its position.
 * Thread-safe.
 */
public final class PlanLoader {

    private final LoadLimits limits;

    public PlanLoader() {
        this(LoadLimits.DEFAULT);
    }

    public PlanLoader(LoadLimits limits) {
        this.limits = limits;
    }

    public LoadedPlan load(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return failed(name, Position.START, "is a directory, not a plan file");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return failed(name, Position.START, new YamlTreeReader(limits).tooLarge(size));
            }
            return load(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return failed(name, Position.START, "no such file");
        } catch (AccessDeniedException e) {
            return failed(name, Position.START, "permission denied");
        } catch (IOException e) {
            return failed(name, Position.START, "cannot read: " + e.getMessage());
        }
    }

    public LoadedPlan load(String name, byte[] content) {
        YamlTreeReader reader = new YamlTreeReader(limits);
        JsonNode tree;
        try {
            tree = reader.read(content);
        } catch (PlanLoadException e) {
            return failed(name, e.position(), e.getMessage());
        }
        PositionIndex positions = reader.positions();
        List<Problem> problems = new ArrayList<>();
        reader.problems().forEach(p -> problems.add(new Problem(name, p.position().line(), p.position().column(), Severity.ERROR,
                p.message())));
        if (!tree.isObject()) {
            problems.add(problem(name, positions, Finding.error("", "a plan is a mapping of properties (formatVersion, id, system ...), not "
                    + (tree.isArray() ? "a list" : "a single value"))));
            return new LoadedPlan(name, Optional.empty(), positions, problems);
        }
        for (Finding finding : SchemaCheck.instance().check(tree)) {
            problems.add(problem(name, positions, finding));
        }
        if (!problems.isEmpty()) {
            problems.sort(Problem.BY_POSITION);
            return new LoadedPlan(name, Optional.empty(), positions, problems);
        }
        try {
            Plan plan = PlanJson.mapper().treeToValue(tree, Plan.class);
            return new LoadedPlan(name, Optional.of(plan), positions, problems);
        } catch (JsonMappingException e) {
            problems.add(problem(name, positions, Finding.error(pointerOf(e), bindingMessage(e))));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(problem(name, positions, Finding.error("", "cannot read the plan: " + e.getMessage())));
        }
        return new LoadedPlan(name, Optional.empty(), positions, problems);
    }

    /** Attaches the position of a finding's node. */
    public static Problem problem(String file, PositionIndex positions, Finding finding) {
        return finding.locate(file, positions);
    }

    private static LoadedPlan failed(String name, Position at, String message) {
        return new LoadedPlan(name, Optional.empty(), PositionIndex.EMPTY,
                List.of(new Problem(name, at.line(), at.column(), Severity.ERROR, message)));
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static String bindingMessage(JsonMappingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
