package dev.warroom.importer.markdown;

import static dev.warroom.importer.markdown.TableCells.cell;
import static dev.warroom.importer.markdown.TableCells.column;
import static dev.warroom.importer.markdown.TableCells.has;

import dev.warroom.importer.draft.DurationText;
import dev.warroom.importer.words.ImportText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tables about the response team: a roles table (角色 | 姓名 | 聯繫方式 | 職責) becomes the plan's roles, and an alert
 * escalation matrix (嚴重級別 | 響應時間 | 通知方式 | 負責人) the escalation's per-severity response times.
 */
final class TeamTableReader {

    private final PlanDraft draft;

    TeamTableReader(PlanDraft draft) {
        this.draft = draft;
    }

    static boolean namesRoles(List<String> header) {
        return !header.isEmpty() && has(header.get(0), "角色", "role");
    }

    static boolean namesSeverities(List<String> header) {
        return !header.isEmpty() && has(header.get(0), "嚴重", "严重", "severity", "級別", "级别")
                && header.stream().anyMatch(h -> has(h, "響應", "响应", "response"));
    }

    void roles(List<String> header, List<List<String>> rows, int from, int to) {
        int holder = column(header, "姓名", "負責人", "负责人", "name", "holder", "owner");
        int contact = column(header, "聯繫", "联系", "contact", "電話", "电话");
        int duties = column(header, "職責", "职责", "responsib", "duty", "duties");
        for (List<String> row : rows) {
            String title = cell(row, 0);
            if (title.isEmpty()) {
                continue;
            }
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("id", draft.ids.allocate("role", idWords(title, cell(row, holder)), "role"));
            role.put("title", draft.text(title, from));
            put(role, "holder", cell(row, holder));
            put(role, "contact", cell(row, contact));
            if (!cell(row, duties).isEmpty()) {
                role.put("responsibilities", Arrays.stream(cell(row, duties).split("[,，、;；]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).map(s -> draft.text(s, from)).toList());
            }
            draft.roles.add(role);
        }
        draft.mapped(from, to, ImportText.of("what.roles-table", rows.size()), "roles");
    }

    /** A role written in Chinese takes its id from its holder (CTO, DBA Lead) when the table names one. */
    private static String idWords(String title, String holder) {
        return title.codePoints().allMatch(c -> c < 128) || holder.isEmpty() ? title : holder;
    }

    /** False (nothing mapped) when a row's response time is not a duration, so the caller keeps the table as written. */
    boolean severities(List<String> header, List<List<String>> rows, int from, int to) {
        int response = column(header, "響應", "响应", "response");
        int channels = column(header, "通知", "channel", "方式");
        int owner = column(header, "負責人", "负责人", "owner");
        List<Map<String, Object>> drafted = new java.util.ArrayList<>();
        for (List<String> row : rows) {
            String title = cell(row, 0);
            Optional<String> time = DurationText.parse(cell(row, response));
            if (title.isEmpty() || time.isEmpty()) {
                return false;
            }
            Map<String, Object> severity = new LinkedHashMap<>();
            severity.put("id", draft.ids.allocate("severity", title.split("[\\s\\-–(（]")[0], "severity"));
            severity.put("title", draft.text(title, from));
            severity.put("responseTime", time.get());
            if (!cell(row, channels).isEmpty()) {
                severity.put("channels", Arrays.stream(cell(row, channels).split("[+,，、/]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).map(s -> draft.text(s, from)).toList());
            }
            put(severity, "owner", cell(row, owner));
            drafted.add(severity);
        }
        PlanDraft.listOf(draft.escalation, "severities").addAll(drafted);
        draft.mapped(from, to, ImportText.of("what.escalation-matrix", rows.size()), "escalation.severities");
        return true;
    }

    private void put(Map<String, Object> into, String key, String value) {
        if (!value.isEmpty()) {
            into.put(key, draft.text(value, 0));
        }
    }
}
