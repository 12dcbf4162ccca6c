package dev.warroom.importer.draft;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Writes a drafted plan (maps, lists and text) as the plan file's YAML: block style, multi-line text as {@code |}. */
public final class PlanYaml {

    private static final String FIRST_LINE = "# yaml-language-server: $schema=./schema/plan.schema.json\n";

    private PlanYaml() {
    }

    public static String write(Map<String, Object> plan, String headerComment) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(4096);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        Yaml yaml = new Yaml(new LiteralBlocks(options), options);
        StringBuilder text = new StringBuilder(FIRST_LINE);
        headerComment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        return text.append(yaml.dump(plan)).toString();
    }

    /** Multi-line text (commands, verbatim sections) as literal blocks, the way a person writes a plan. */
    private static final class LiteralBlocks extends Representer {

        LiteralBlocks(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                DumperOptions.ScalarStyle style = text.contains("\n") && literalSafe(text)
                        ? DumperOptions.ScalarStyle.LITERAL : null;
                return style == null ? representScalar(Tag.STR, text) : representScalar(Tag.STR, text, style);
            });
        }

        /** Trailing spaces or tabs on a line cannot be kept by a literal block. */
        private static boolean literalSafe(String text) {
            return text.lines().noneMatch(line -> line.endsWith(" ") || line.endsWith("\t")) && !text.startsWith(" ");
        }
    }
}
