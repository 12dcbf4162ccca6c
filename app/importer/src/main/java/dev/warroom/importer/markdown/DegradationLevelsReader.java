package dev.warroom.importer.markdown;

import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Degradation levels written as data: a JavaScript/TypeScript object ({@code const degradationLevels = { level1: { name:
 * '轻度降级', features: [...], disabled: [...], cache: 'aggressive' } }}) or a YAML/JSON block under a
 * {@code degradation*} key. Each level becomes one of the plan's {@code degradationLevels}.
 */
final class DegradationLevelsReader {

    private static final Pattern NAMED = Pattern.compile("(?i)[\"']?(\\w*degradation\\w*)[\"']?\\s*[=:]\\s*\\{");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)(^|\\s)//.*$");
    private static final int MAX_BLOCK_CHARS = 64 * 1024;
    private static final List<String> LANGUAGES = List.of("javascript", "js", "typescript", "ts", "yaml", "yml", "json");
    private static final List<String> DATA_LANGUAGES = List.of("yaml", "yml", "json");

    private final PlanDraft draft;

    DegradationLevelsReader(PlanDraft draft) {
        this.draft = draft;
    }

    /** True when the block held degradation levels and they are now in the draft. */
    boolean read(String language, String code, int from, int to) {
        if (!LANGUAGES.contains(language) || code.length() > MAX_BLOCK_CHARS) {
            return false;
        }
        Matcher named = NAMED.matcher(code);
        Optional<Map<?, ?>> levels = Optional.empty();
        String name = null;
        if (DATA_LANGUAGES.contains(language)) {
            Optional<Map<?, ?>> block = load(code);
            if (block.isPresent() && block.get().size() == 1) {
                Map.Entry<?, ?> only = block.get().entrySet().iterator().next();
                name = String.valueOf(only.getKey());
                levels = only.getValue() instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
            }
        } else if (named.find()) {
            name = named.group(1);
            levels = objectAt(code, named.end() - 1);
        }
        if (name == null || !name.toLowerCase(Locale.ROOT).contains("degradation") || levels.isEmpty() || levels.get().isEmpty()
                || !levels.get().values().stream().allMatch(v -> v instanceof Map)) {
            return false;
        }
        List<String> ids = new ArrayList<>();
        levels.get().forEach((key, value) -> ids.add(level(String.valueOf(key), (Map<?, ?>) value, from)));
        draft.mapped(from, to, ImportText.of("what.code-block-named", language, name),
                "degradationLevels[" + String.join(", ", ids) + "]");
        return true;
    }

    private String level(String key, Map<?, ?> fields, int line) {
        Map<String, Object> level = new LinkedHashMap<>();
        String title = fields.get("name") != null ? String.valueOf(fields.get("name"))
                : fields.get("title") != null ? String.valueOf(fields.get("title")) : key;
        String id = draft.ids.claim("degradation", key);
        level.put("id", id);
        level.put("title", draft.text(title, line));
        texts(fields.get("features")).ifPresent(v -> level.put("features", v.stream().map(t -> draft.text(t, line)).toList()));
        texts(fields.get("disabled")).ifPresent(v -> level.put("disabled", v.stream().map(t -> draft.text(t, line)).toList()));
        if (fields.get("cache") != null) {
            level.put("cache", draft.text(String.valueOf(fields.get("cache")), line));
        }
        Object staticOnly = fields.containsKey("staticOnly") ? fields.get("staticOnly") : fields.get("static_only");
        if (staticOnly instanceof Boolean flag) {
            level.put("staticOnly", flag);
        }
        if (fields.get("message") != null) {
            level.put("message", draft.text(String.valueOf(fields.get("message")), line));
        }
        fields.forEach((k, v) -> {
            String name = String.valueOf(k).toLowerCase(Locale.ROOT);
            if (!List.of("name", "title", "features", "disabled", "cache", "staticonly", "static_only", "message").contains(name)) {
                draft.warn(line, "warning.degradation-key", id, k);
            }
        });
        draft.degradationLevels.add(level);
        return id;
    }

    private static Optional<List<String>> texts(Object value) {
        if (value instanceof List<?> list) {
            return Optional.of(list.stream().map(String::valueOf).toList());
        }
        return value == null ? Optional.empty() : Optional.of(List.of(String.valueOf(value)));
    }

    /** The object literal starting at {@code open}, read as a YAML flow mapping (JavaScript's literals are close to it). */
    private static Optional<Map<?, ?>> objectAt(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return load(LINE_COMMENT.matcher(code.substring(open, i + 1)).replaceAll("$1"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<?, ?>> load(String flow) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_BLOCK_CHARS);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(flow);
            return loaded instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
        } catch (RuntimeException notData) {
            return Optional.empty();
        }
    }
}
