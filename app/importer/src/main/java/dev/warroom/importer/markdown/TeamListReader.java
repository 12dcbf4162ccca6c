package dev.warroom.importer.markdown;

import dev.warroom.importer.words.ImportText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain lists about the response team: under a communication heading (溝通計畫, communication) a list is the
 * communication flow, as written; under a roles heading (責任分工, 角色, roles) a list of {@code 角色: 職責} items is the roles.
 */
final class TeamListReader {

    private static final Pattern COMMUNICATION_HEADING = Pattern.compile("溝通|沟通|(?i:communication)");
    private static final Pattern ROLES_HEADING = Pattern.compile("分工|職責|职责|角色|(?i:roles|responsibilit)");
    private static final Pattern ROLE_ITEM = Pattern.compile("^([^:：]{1,30})[:：]\\s*(.+)$");

    private final PlanDraft draft;

    TeamListReader(PlanDraft draft) {
        this.draft = draft;
    }

    /**
     * Maps the list when its heading and items say it is one of these; false when not. {@code items} are the list's
     * top-level item texts, each a single paragraph; {@code numbered} writes the flow with its numbers.
     */
    boolean read(String heading, List<String> items, boolean numbered, int from, int to) {
        if (items.isEmpty()) {
            return false;
        }
        if (ROLES_HEADING.matcher(heading).find() && items.stream().allMatch(i -> ROLE_ITEM.matcher(i).matches())) {
            for (String item : items) {
                Matcher m = ROLE_ITEM.matcher(item);
                m.matches();
                Map<String, Object> role = new LinkedHashMap<>();
                role.put("id", draft.ids.allocate("role", m.group(1).strip(), "role"));
                role.put("title", draft.text(m.group(1).strip(), from));
                role.put("responsibilities", List.of(draft.text(m.group(2).strip(), from)));
                draft.roles.add(role);
            }
            draft.mapped(from, to, ImportText.of("what.roles-list", items.size()), "roles");
            return true;
        }
        if (COMMUNICATION_HEADING.matcher(heading).find()) {
            List<Object> flow = PlanDraft.listOf(draft.communication, "flow");
            for (int i = 0; i < items.size(); i++) {
                flow.add(draft.text(numbered ? (i + 1) + ". " + items.get(i) : items.get(i), from));
            }
            draft.mapped(from, to, ImportText.of("what.communication-list", items.size()), "communication.flow");
            return true;
        }
        return false;
    }
}
