package dev.warroom.importer.markdown;

import static dev.warroom.importer.markdown.TableCells.cell;
import static dev.warroom.importer.markdown.TableCells.column;
import static dev.warroom.importer.markdown.TableCells.has;

import dev.warroom.importer.words.ImportText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table of vendors or contacts (供應商, 聯繫方式, SLA…): one contact per row. */
final class ContactTableReader {

    private final PlanDraft draft;

    ContactTableReader(PlanDraft draft) {
        this.draft = draft;
    }

    static boolean namesContacts(List<String> header) {
        return !header.isEmpty() && (has(header.get(0), "供應商", "供应商", "vendor", "supplier", "contact")
                || header.stream().anyMatch(h -> has(h, "聯繫方式", "联系方式")) && header.stream().anyMatch(h -> has(h, "SLA")));
    }

    void read(List<String> header, List<List<String>> rows, int from, int to) {
        int service = column(header, "服務", "服务", "service");
        int support = column(header, "支持", "support", "級別", "级别");
        int channels = column(header, "聯繫", "联系", "contact", "電話", "电话", "phone");
        int sla = column(header, "sla");
        boolean vendors = has(header.get(0), "供應商", "供应商", "vendor", "supplier");
        for (List<String> row : rows) {
            String name = cell(row, 0);
            if (name.isEmpty()) {
                continue;
            }
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("id", draft.ids.allocate("contact", name, "contact"));
            contact.put("name", draft.text(name, from));
            if (vendors) {
                contact.put("kind", "vendor");
            }
            put(contact, "service", cell(row, service));
            put(contact, "supportLevel", cell(row, support));
            if (!cell(row, channels).isEmpty()) {
                contact.put("channels", Arrays.stream(cell(row, channels).split("[,，/、]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).map(s -> draft.text(s, from)).toList());
            }
            put(contact, "sla", cell(row, sla));
            draft.contacts.add(contact);
        }
        draft.mapped(from, to, ImportText.of("what.contacts-table", rows.size()), "contacts");
    }

    private void put(Map<String, Object> into, String key, String value) {
        if (!value.isEmpty()) {
            into.put(key, draft.text(value, 0));
        }
    }
}
