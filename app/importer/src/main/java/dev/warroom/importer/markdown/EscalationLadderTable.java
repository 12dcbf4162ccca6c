package dev.warroom.importer.markdown;

import static dev.warroom.importer.markdown.TableCells.cell;
import static dev.warroom.importer.markdown.TableCells.column;
import static dev.warroom.importer.markdown.TableCells.has;

import dev.warroom.importer.draft.DurationText;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An escalation ladder written as a table (級別 | 聯繫人 | 時間 | 聯繫方式): one escalation level a row, its {@code after}
 * from the time column ("15 分鐘", "30 min").
 */
final class EscalationLadderTable {

    private final PlanDraft draft;

    EscalationLadderTable(PlanDraft draft) {
        this.draft = draft;
    }

    static boolean namesLadder(List<String> header) {
        return !header.isEmpty() && has(header.get(0), "級別", "级别", "層級", "层级", "升級", "升级", "level", "tier", "escalation")
                && column(header, "時間", "时间", "time", "after", "within", "升級時", "升级时") > 0;
    }

    /** False (nothing mapped) when a row's time is not a duration, so the caller keeps the table as written. */
    boolean read(List<String> header, List<List<String>> rows, int from, int to) {
        int time = column(header, "時間", "时间", "time", "after", "within", "升級時", "升级时");
        int who = column(header, "聯繫人", "联系人", "負責人", "负责人", "角色", "人員", "人员", "who", "contact person", "owner", "role", "name");
        int reach = column(header, "聯繫方式", "联系方式", "電話", "电话", "channel", "how", "phone");
        List<Map<String, Object>> levels = new ArrayList<>();
        for (List<String> row : rows) {
            Optional<String> after = DurationText.parse(cell(row, time));
            String title = who > 0 ? cell(row, who) : cell(row, 0);
            if (cell(row, 0).isEmpty() || after.isEmpty() || title.isEmpty()) {
                return false;
            }
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("level", draft.text(cell(row, 0), from));
            level.put("title", draft.text(title, from));
            if (reach > 0 && !cell(row, reach).isEmpty()) {
                level.put("contact", draft.text(cell(row, reach), from));
            }
            level.put("after", after.get());
            levels.add(level);
        }
        PlanDraft.listOf(draft.escalation, "path").addAll(levels);
        draft.mapped(from, to, ImportText.of("what.escalation-ladder", rows.size()), "escalation.path");
        return true;
    }
}
