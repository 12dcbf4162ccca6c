package dev.warroom.importer.markdown;

import dev.warroom.importer.draft.DurationText;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * YAML blocks about who is called and how people are told: an {@code *_communication} block becomes the plan's
 * communication (its channels, status-update cadence, external notices; an {@code escalation_path} in it the escalation
 * ladder), and a {@code contacts} block with an {@code escalation} ladder becomes escalation levels and contacts. What
 * fits no field is kept in the communication's flow as {@code key.path: value} lines, so nothing of the block is lost.
 */
final class TeamBlockReader {

    private static final Pattern TIME_KEY = Pattern.compile("(?i)(after|time|within|wait|delay|時間|时间|之後|之后)");

    private final PlanDraft draft;

    private final ChannelWebhooks webhooks;

    TeamBlockReader(PlanDraft draft) {
        this.draft = draft;
        this.webhooks = new ChannelWebhooks(draft);
    }

    static boolean describesCommunication(String key, Object value) {
        return key.endsWith("communication") && value instanceof Map;
    }

    static boolean describesOnCall(String key, Object value) {
        return key.startsWith("on_call") && value instanceof Map;
    }

    static boolean describesContactsWithEscalation(String key, Object value) {
        return key.equals("contacts") && value instanceof Map<?, ?> map && map.get("escalation") instanceof Map;
    }

    void communication(String key, Map<?, ?> block, int from, int to) {
        boolean external = key.startsWith("external");
        List<String> leftovers = new ArrayList<>();
        for (Map.Entry<?, ?> entry : block.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String lower = name.toLowerCase(Locale.ROOT);
            Object value = entry.getValue();
            if (lower.contains("escalation") && value instanceof Map<?, ?> ladder) {
                ladder(ladder, from);
            } else if (lower.contains("status_update") && value instanceof Map<?, ?> updates) {
                updates(name, updates, from, leftovers);
            } else if (external && value instanceof Map<?, ?> notice) {
                externalNotice(name, notice, from);
            } else if (lower.contains("channel") || lower.contains("war_room") || lower.contains("status_page")) {
                channel(name, value, from);
            } else {
                flatten(key + "." + name, value, leftovers, 0);
            }
        }
        leftovers.forEach(line -> PlanDraft.listOf(draft.communication, "flow").add(draft.text(line, from)));
        draft.mapped(from, to, ImportText.of("what.yaml-block", key), block.keySet().stream()
                .anyMatch(k -> String.valueOf(k).contains("escalation")) ? ImportText.of("became.and", "communication", "escalation.path")
                : ImportText.verbatim("communication"));
    }

    void contactsWithEscalation(Map<?, ?> block, int from, int to) {
        for (Map.Entry<?, ?> entry : block.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (name.equals("escalation") && entry.getValue() instanceof Map<?, ?> ladder) {
                ladder(ladder, from);
            } else if (entry.getValue() instanceof Map<?, ?> group && group.values().stream().allMatch(v -> v instanceof Map)) {
                group.forEach((who, details) -> contact(String.valueOf(who), name, (Map<?, ?>) details, from));
            } else if (entry.getValue() instanceof Map<?, ?> details) {
                contact(name, "internal", details, from);
            } else {
                contact(name, "internal", Map.of("contact", String.valueOf(entry.getValue())), from);
            }
        }
        draft.mapped(from, to, ImportText.of("what.yaml-block", "contacts"), ImportText.of("became.and", "escalation.path", "contacts"));
    }

    /**
     * An {@code on_call_schedule} block: rotation, coverage and its teams become {@code escalation.onCall}, its
     * {@code response_time} entries the per-severity response times; an entry with no duration ("Next business day")
     * and any other key stay in a reference section, with a warning.
     */
    void onCall(String key, Map<?, ?> block, int from, int to) {
        Map<String, Object> onCall = new LinkedHashMap<>();
        List<String> leftovers = new ArrayList<>();
        for (Map.Entry<?, ?> entry : block.entrySet()) {
            String name = String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT);
            Object value = entry.getValue();
            if ((name.equals("rotation") || name.equals("coverage")) && !(value instanceof Map || value instanceof List)) {
                onCall.put(name, draft.text(String.valueOf(value), from));
            } else if (name.equals("teams") && value instanceof Map<?, ?> teams) {
                teams.forEach((role, who) -> {
                    String field = String.valueOf(role).toLowerCase(Locale.ROOT);
                    if (List.of("primary", "secondary", "escalation").contains(field) && !(who instanceof Map || who instanceof List)) {
                        onCall.put(field, draft.text(String.valueOf(who), from));
                    } else {
                        flatten(key + ".teams." + role, who, leftovers, 0);
                    }
                });
            } else if (name.startsWith("response") && value instanceof Map<?, ?> times) {
                times.forEach((severity, time) -> {
                    java.util.Optional<String> duration = DurationText.parse(String.valueOf(time));
                    if (duration.isPresent()) {
                        Map<String, Object> response = new LinkedHashMap<>();
                        String title = String.valueOf(severity);
                        response.put("id", draft.ids.allocate("severity", title.split("[\\s(（-]")[0], "severity"));
                        response.put("title", draft.text(title, from));
                        response.put("responseTime", duration.get());
                        PlanDraft.listOf(draft.escalation, "severities").add(response);
                    } else {
                        leftovers.add(key + "." + entry.getKey() + "." + severity + ": " + time);
                    }
                });
            } else {
                flatten(key + "." + entry.getKey(), value, leftovers, 0);
            }
        }
        if (!onCall.isEmpty()) {
            draft.escalation.put("onCall", onCall);
        }
        draft.mapped(from, to, ImportText.of("what.yaml-block", key), ImportText.of("became.and", "escalation.onCall", "escalation.severities"));
        if (!leftovers.isEmpty()) {
            draft.keep("yaml:" + key, key + " (as written)", String.join("\n", leftovers), from, to, ImportText.of("what.yaml-leftovers", key));
        }
    }

    private void ladder(Map<?, ?> ladder, int line) {
        for (Map.Entry<?, ?> rung : ladder.entrySet()) {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("level", draft.text(String.valueOf(rung.getKey()), line));
            Optional<String> after;
            if (rung.getValue() instanceof Map<?, ?> who) {
                level.put("title", draft.text(String.valueOf(who.containsKey("name") ? who.get("name") : rung.getKey()), line));
                Optional<?> timeKey = who.keySet().stream().filter(k -> TIME_KEY.matcher(String.valueOf(k)).find()).findFirst();
                after = timeKey.flatMap(k -> DurationText.parse(String.valueOf(who.get(k))));
                String reach = who.entrySet().stream().filter(e -> !"name".equals(e.getKey()))
                        .filter(e -> after.isEmpty() || !timeKey.get().equals(e.getKey()))
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
                if (!reach.isEmpty()) {
                    level.put("contact", draft.text(reach, line));
                }
            } else {
                level.put("title", draft.text(String.valueOf(rung.getValue()), line));
                after = DurationText.parse(String.valueOf(rung.getValue())).or(() -> DurationText.parse(String.valueOf(rung.getKey())));
            }
            after.ifPresent(duration -> level.put("after", duration));
            PlanDraft.listOf(draft.escalation, "path").add(level);
        }
    }

    private void updates(String name, Map<?, ?> updates, int line, List<String> leftovers) {
        Map<String, Object> drafted = new LinkedHashMap<>();
        DurationText.parse(String.valueOf(updates.get("frequency"))).ifPresent(v -> drafted.put("every", v));
        if (updates.get("recipients") instanceof List<?> recipients) {
            drafted.put("recipients", recipients.stream().map(r -> draft.text(String.valueOf(r), line)).toList());
        }
        updates.forEach((k, v) -> {
            if (!"recipients".equals(k) && !("frequency".equals(k) && drafted.containsKey("every"))) {
                flatten(name + "." + k, v, leftovers, 0);
            }
        });
        if (!drafted.isEmpty()) {
            draft.communication.put("updates", drafted);
        }
    }

    private void channel(String name, Object value, int line) {
        String words = (name + " " + value).toLowerCase(Locale.ROOT);
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("id", draft.ids.allocate("channel", name.replace('_', ' '), "channel"));
        channel.put("type", words.contains("slack") ? "slack" : words.contains("teams") ? "teams"
                : words.contains("zoom") || words.contains("meet") ? "video" : words.contains("status") ? "status-page"
                : words.contains("mail") ? "email" : words.contains("pagerduty") ? "pagerduty" : "other");
        channel.put("title", draft.text(name, line));
        if (value instanceof Map<?, ?> details) {
            List<String> notes = new ArrayList<>();
            flatten("", details, notes, 0);
            Object address = details.containsKey("url") ? details.get("url")
                    : details.containsKey("permanent_link") ? details.get("permanent_link") : null;
            if (address != null) {
                channel.put("address", draft.text(String.valueOf(address), line));
            }
            channel.put("purpose", draft.text(String.join("; ", notes), line));
        } else {
            channel.put("address", draft.text(String.valueOf(value), line));
        }
        webhooks.env(channel, String.valueOf(value), line);
        PlanDraft.listOf(draft.communication, "channels").add(channel);
    }

    private void externalNotice(String name, Map<?, ?> fields, int line) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("id", draft.ids.allocate("notice", name.replace('_', ' '), "notice"));
        notice.put("title", draft.text(name, line));
        if (fields.get("trigger") != null) {
            notice.put("trigger", draft.text(String.valueOf(fields.get("trigger")), line));
        }
        if (fields.get("template") != null) {
            notice.put("template", draft.text(String.valueOf(fields.get("template")), line));
        }
        List<String> content = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (!"trigger".equals(k) && !"template".equals(k)) {
                flatten(String.valueOf(k), v, content, 0);
            }
        });
        if (!content.isEmpty()) {
            notice.put("content", content.stream().map(c -> draft.text(c, line)).toList());
        }
        PlanDraft.listOf(draft.communication, "external").add(notice);
    }

    private void contact(String name, String kind, Map<?, ?> details, int line) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", draft.ids.allocate("contact", name.replace('_', ' '), "contact"));
        contact.put("name", draft.text(details.get("name") != null ? String.valueOf(details.get("name")) : name, line));
        contact.put("kind", kind.equals("vendors") ? "vendor" : kind);
        List<String> channels = details.entrySet().stream().filter(e -> !"name".equals(e.getKey()))
                .map(e -> draft.text(e.getKey() + ": " + e.getValue(), line)).toList();
        if (!channels.isEmpty()) {
            contact.put("channels", channels);
        }
        draft.contacts.add(contact);
    }

    private static void flatten(String prefix, Object value, List<String> into, int depth) {
        if (depth < 20 && value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into, depth + 1));
        } else if (depth < 20 && value instanceof List<?> list && list.stream().anyMatch(v -> v instanceof Map)) {
            list.forEach(v -> flatten(prefix, v, into, depth + 1));
        } else {
            into.add(prefix + ": " + value);
        }
    }
}
