package dev.warroom.core.plan.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.model.Plan;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loads a plan file: reads it within {@link LoadLimits}, parses YAML, checks the JSON Schema and
 * binds the records. Never throws for bad input; every problem comes back with its position.
 * Thread-safe.
 */
public final class PlanLoader {

    private static final Comparator<LoadProblem> BY_POSITION = Comparator.comparingInt(LoadProblem::line)
            .thenComparingInt(LoadProblem::column)
            .thenComparing(LoadProblem::message);

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
        List<LoadProblem> problems = new ArrayList<>();
        reader.problems().forEach(p -> problems.add(LoadProblem.at(name, p.position(), p.message())));
        if (!tree.isObject()) {
            problems.add(SchemaViolation.at("", "a plan is a mapping of properties (formatVersion, id, system ...), not "
                    + (tree.isArray() ? "a list" : "a single value")).locate(name, positions));
            return new LoadedPlan(name, Optional.empty(), positions, problems);
        }
        for (SchemaViolation violation : SchemaCheck.instance().check(tree)) {
            problems.add(violation.locate(name, positions));
        }
        if (!problems.isEmpty()) {
            problems.sort(BY_POSITION);
            return new LoadedPlan(name, Optional.empty(), positions, problems);
        }
        try {
            Plan plan = PlanJson.mapper().treeToValue(tree, Plan.class);
            return new LoadedPlan(name, Optional.of(plan), positions, problems);
        } catch (JsonMappingException e) {
            problems.add(SchemaViolation.at(pointerOf(e), bindingMessage(e)).locate(name, positions));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(SchemaViolation.at("", "cannot read the plan: " + e.getMessage()).locate(name, positions));
        }
        return new LoadedPlan(name, Optional.empty(), positions, problems);
    }

    /**
     * The plan as written, read and bound without the schema check: for a TABLETOP that opens while its checks run
     * (they must still run; see {@code PlanValidation}). Empty when it does not read or bind cleanly; {@link #load}
     * then says why, with positions.
     */
    public Optional<Plan> bindUnchecked(byte[] content) {
        YamlTreeReader reader = new YamlTreeReader(limits);
        try {
            JsonNode tree = reader.read(content);
            if (!reader.problems().isEmpty() || !tree.isObject()) {
                return Optional.empty();
            }
            return Optional.of(PlanJson.mapper().treeToValue(tree, Plan.class));
        } catch (PlanLoadException | JsonProcessingException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static LoadedPlan failed(String name, Position at, String message) {
        return new LoadedPlan(name, Optional.empty(), PositionIndex.EMPTY,
                List.of(LoadProblem.at(name, at, message)));
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
