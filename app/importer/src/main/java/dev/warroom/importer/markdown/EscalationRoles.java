package dev.warroom.importer.markdown;

import dev.warroom.importer.draft.Kebab;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Links each escalation level to the role it names: a level whose title is a role's id, title or holder ("CTO" and the
 * role held by the CTO) gets that role. Run once the whole document is read, as roles may come after the ladder.
 */
final class EscalationRoles {

    private EscalationRoles() {
    }

    @SuppressWarnings("unchecked")
    static void link(PlanDraft draft) {
        if (!(draft.escalation.get("path") instanceof List<?> path)) {
            return;
        }
        for (Object element : path) {
            Map<String, Object> level = (Map<String, Object>) element;
            if (!level.containsKey("role")) {
                roleNamed(draft.roles, String.valueOf(level.get("title"))).ifPresent(role -> level.put("role", role));
            }
        }
    }

    private static Optional<String> roleNamed(List<Map<String, Object>> roles, String title) {
        String wanted = normalized(title);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return roles.stream()
                .filter(role -> List.of("id", "title", "holder").stream().map(role::get).filter(Objects::nonNull)
                        .anyMatch(name -> normalized(String.valueOf(name)).equals(wanted)))
                .map(role -> String.valueOf(role.get("id")))
                .findFirst();
    }

    /** Kebab-case for ASCII names, the name stripped of spaces otherwise (技術負責人, 技术 负责人). */
    private static String normalized(String name) {
        String kebab = Kebab.of(name);
        return name.codePoints().allMatch(c -> c < 128) ? kebab : name.replaceAll("\\s+", "");
    }
}
