package dev.warroom.importer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checklist items written as lines inside a block ({@code - [ ] 確認…}, {@code □ 驗證…}), grouped under the key lines
 * that precede them ({@code pre_failover:}).
 */
final class ChecklistLines {

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+]\\s*)?(?:\\[[ xX]?]|□|☐|☑|✅)\\s*(.+)$");
    private static final Pattern GROUP = Pattern.compile("^\\s*#*\\s*([^\\s:：][^:：]*)[:：]\\s*$|^\\s*#\\s*(.+)$");

    record Group(String name, int line, List<Item> items) {
    }

    record Item(String title, int line) {
    }

    private ChecklistLines() {
    }

    static boolean contains(String code) {
        return code.lines().anyMatch(line -> ITEM.matcher(line).matches());
    }

    /** @param firstLine the document line of the block's first content line */
    static List<Group> groups(String code, int firstLine) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        List<String> lines = code.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher item = ITEM.matcher(lines.get(i));
            if (item.matches()) {
                if (current == null) {
                    current = new Group("", firstLine + i, new ArrayList<>());
                    groups.add(current);
                }
                current.items().add(new Item(item.group(1).strip(), firstLine + i));
                continue;
            }
            Matcher group = GROUP.matcher(lines.get(i));
            if (group.matches()) {
                String name = group.group(1) != null ? group.group(1) : group.group(2);
                current = new Group(name.strip(), firstLine + i, new ArrayList<>());
                groups.add(current);
            }
        }
        groups.removeIf(g -> g.items().isEmpty());
        return groups;
    }

    /** The item's words when {@code text} (a list item's text) is a checklist item, else null. */
    static String item(String text) {
        Matcher m = ITEM.matcher(text);
        return m.matches() ? m.group(1).strip() : null;
    }
}
