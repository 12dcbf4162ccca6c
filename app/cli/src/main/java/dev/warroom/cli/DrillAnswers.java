package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.load.Position;
import dev.warroom.core.plan.load.PositionIndex;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillObjective;
import dev.warroom.core.plan.model.SuccessCriterion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The end of a drill as the {@code --answers} file gives it, checked against the drill before anything opens:
 * <pre>
 * verdicts: { criterion-id: met | not-met | undetermined | "not-met: evidence" | {verdict: .., evidence: ..} }
 * hotWash:  { wentWell: [..], toImprove: [..], actions: [{text, owner, due: YYYY-MM-DD}], ratings: {objective-id: P|S|M|U} }
 * cleanup:  { tick: all | [item-id, ..], reason: why items are left open }
 * </pre>
 * Whatever the file leaves out is asked at the terminal (with --auto: left undetermined, unrecorded, open).
 */
record DrillAnswers(Map<String, Judgement> verdicts, Optional<HotWash> hotWash, Optional<Cleanup> cleanup) {

    static final List<String> KEYS = List.of("verdicts", "hotWash", "cleanup");

    /** A verdict on one criterion and the words that back it. */
    record Judgement(Verdict verdict, String evidence) {
    }

    /** Which cleanup items to tick ({@code all}, or these), and why the rest are left open. */
    record Cleanup(boolean all, List<String> tick, Optional<String> reason) {
    }

    static DrillAnswers none() {
        return new DrillAnswers(Map.of(), Optional.empty(), Optional.empty());
    }

    /** A problem in the file, in words that name where it stands. */
    static final class BadAnswersException extends Exception {
        private static final long serialVersionUID = 1L;

        BadAnswersException(String message) {
            super(message);
        }
    }

    /**
     * Reads the drill keys of {@code script}, checking criterion, objective and cleanup ids against
     * {@code drill}; the first problem is thrown as {@code file:line:column: words}.
     */
    static DrillAnswers read(JsonNode script, PositionIndex positions, String file, Optional<Drill> drill) throws BadAnswersException {
        Reader reader = new Reader(positions, file);
        if (drill.isEmpty()) {
            for (String key : KEYS) {
                if (script.has(key)) {
                    throw reader.problem("/" + key, "'" + key + "' is for a drill, and this run plays none (give --drill ID)");
                }
            }
            return none();
        }
        return new DrillAnswers(reader.verdicts(script.path("verdicts"), drill.get()), reader.hotWash(script.path("hotWash"), drill.get()),
                reader.cleanup(script.path("cleanup"), drill.get()));
    }

    boolean isEmpty() {
        return verdicts.isEmpty() && hotWash.isEmpty() && cleanup.isEmpty();
    }

    private record Reader(PositionIndex positions, String file) {

        BadAnswersException problem(String pointer, String words) {
            Position at = positions.valueAt(pointer);
            return new BadAnswersException(file + ":" + at.line() + ":" + at.column() + ": " + words);
        }

        BadAnswersException keyProblem(String pointer, String words) {
            Position at = positions.keyAt(pointer);
            return new BadAnswersException(file + ":" + at.line() + ":" + at.column() + ": " + words);
        }

        Map<String, Judgement> verdicts(JsonNode node, Drill drill) throws BadAnswersException {
            Map<String, Judgement> verdicts = new LinkedHashMap<>();
            if (node.isMissingNode()) {
                return verdicts;
            }
            mapping(node, "/verdicts", "criterion ids, each with met, not-met or undetermined");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String pointer = "/verdicts/" + escape(entry.getKey());
                if (drill.criterion(entry.getKey()).isEmpty()) {
                    throw keyProblem(pointer, "drill '" + drill.id() + "' has no criterion '" + entry.getKey() + "'; it has: "
                            + ids(drill.successCriteria().stream().map(SuccessCriterion::id).toList()));
                }
                verdicts.put(entry.getKey(), judgement(entry.getValue(), pointer));
            }
            return verdicts;
        }

        private Judgement judgement(JsonNode given, String pointer) throws BadAnswersException {
            if (given.isTextual()) {
                String[] parts = given.asText().split(":", 2);
                return new Judgement(verdict(parts[0], pointer), parts.length == 2 ? parts[1].strip() : "");
            }
            if (given.isObject()) {
                allowed(given, pointer, Set.of("verdict", "evidence"));
                JsonNode verdict = given.path("verdict");
                if (!verdict.isTextual()) {
                    throw problem(pointer, "a verdict needs 'verdict: met | not-met | undetermined'");
                }
                return new Judgement(verdict(verdict.asText(), pointer + "/verdict"), text(given.path("evidence"), pointer + "/evidence"));
            }
            throw problem(pointer, "a verdict is met, not-met or undetermined, or {verdict: .., evidence: ..}");
        }

        private Verdict verdict(String word, String pointer) throws BadAnswersException {
            String normal = word.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
            return Verdict.parse(normal).orElseThrow(() -> problem(pointer,
                    "'" + word.strip() + "' is not a verdict; write met, not-met or undetermined"));
        }

        Optional<HotWash> hotWash(JsonNode node, Drill drill) throws BadAnswersException {
            if (node.isMissingNode()) {
                return Optional.empty();
            }
            mapping(node, "/hotWash", "wentWell, toImprove, actions and ratings");
            allowed(node, "/hotWash", Set.of("wentWell", "toImprove", "actions", "ratings"));
            List<String> wentWell = texts(node.path("wentWell"), "/hotWash/wentWell");
            List<String> toImprove = texts(node.path("toImprove"), "/hotWash/toImprove");
            List<ActionItem> actions = new ArrayList<>();
            JsonNode given = node.path("actions");
            if (!given.isMissingNode() && !given.isArray()) {
                throw problem("/hotWash/actions", "actions is a list of {text, owner, due}");
            }
            for (int i = 0; i < given.size(); i++) {
                actions.add(action(given.get(i), "/hotWash/actions/" + i));
            }
            return Optional.of(new HotWash(wentWell, toImprove, actions, ratings(node.path("ratings"), drill)));
        }

        private ActionItem action(JsonNode item, String pointer) throws BadAnswersException {
            if (!item.isObject()) {
                throw problem(pointer, "an action item is {text: what, owner: who, due: YYYY-MM-DD}");
            }
            allowed(item, pointer, Set.of("text", "owner", "due"));
            String text = required(item, "text", pointer);
            String owner = required(item, "owner", pointer);
            String due = required(item, "due", pointer);
            try {
                LocalDate.parse(due);
            } catch (DateTimeParseException e) {
                throw problem(pointer + "/due", "'" + due + "' is not a date; write the due date as YYYY-MM-DD");
            }
            return new ActionItem(text, owner, due);
        }

        private Map<String, Rating> ratings(JsonNode node, Drill drill) throws BadAnswersException {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            if (node.isMissingNode()) {
                return ratings;
            }
            mapping(node, "/hotWash/ratings", "objective ids, each rated P, S, M or U");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String pointer = "/hotWash/ratings/" + escape(entry.getKey());
                if (drill.objectives().stream().noneMatch(o -> o.id().equals(entry.getKey()))) {
                    throw keyProblem(pointer, "drill '" + drill.id() + "' has no objective '" + entry.getKey() + "'; it has: "
                            + ids(drill.objectives().stream().map(DrillObjective::id).toList()));
                }
                Optional<Rating> rating = entry.getValue().isTextual() ? Rating.parse(entry.getValue().asText()) : Optional.empty();
                ratings.put(entry.getKey(), rating.orElseThrow(() -> problem(pointer,
                        "a rating is P (performed without challenges), S (some challenges), M (major challenges) or U (unable to perform)")));
            }
            return ratings;
        }

        Optional<Cleanup> cleanup(JsonNode node, Drill drill) throws BadAnswersException {
            if (node.isMissingNode()) {
                return Optional.empty();
            }
            mapping(node, "/cleanup", "tick (all, or a list of item ids) and reason");
            allowed(node, "/cleanup", Set.of("tick", "reason"));
            JsonNode tick = node.path("tick");
            Optional<String> reason = node.has("reason") ? Optional.of(text(node.path("reason"), "/cleanup/reason")) : Optional.empty();
            if (tick.isTextual() && tick.asText().strip().equalsIgnoreCase("all")) {
                return Optional.of(new Cleanup(true, List.of(), reason));
            }
            if (!tick.isMissingNode() && !tick.isArray()) {
                throw problem("/cleanup/tick", "tick is all, or a list of cleanup item ids");
            }
            List<String> items = texts(tick, "/cleanup/tick");
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i);
                if (drill.cleanup().stream().noneMatch(c -> c.id().equals(id))) {
                    throw problem("/cleanup/tick/" + i, "drill '" + drill.id() + "' has no cleanup item '" + id + "'; it has: "
                            + ids(drill.cleanup().stream().map(ChecklistItem::id).toList()));
                }
            }
            return Optional.of(new Cleanup(false, items, reason));
        }

        private void mapping(JsonNode node, String pointer, String holds) throws BadAnswersException {
            if (!node.isObject()) {
                throw problem(pointer, pointer.substring(pointer.lastIndexOf('/') + 1) + " is a mapping of " + holds);
            }
        }

        private void allowed(JsonNode node, String pointer, Set<String> keys) throws BadAnswersException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!keys.contains(key)) {
                    throw keyProblem(pointer + "/" + escape(key), "unknown key '" + key + "'; here it can be "
                            + keys.stream().sorted().collect(Collectors.joining(", ")));
                }
            }
        }

        private List<String> texts(JsonNode node, String pointer) throws BadAnswersException {
            if (node.isMissingNode() || node.isNull()) {
                return List.of();
            }
            if (node.isTextual()) {
                return List.of(node.asText().strip());
            }
            if (!node.isArray()) {
                throw problem(pointer, "a list of texts is expected here");
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                texts.add(text(node.get(i), pointer + "/" + i));
            }
            return texts;
        }

        private String text(JsonNode node, String pointer) throws BadAnswersException {
            if (node.isMissingNode() || node.isNull()) {
                return "";
            }
            if (!node.isValueNode() || node.isBinary()) {
                throw problem(pointer, "a text is expected here");
            }
            return node.asText().strip();
        }

        private String required(JsonNode item, String key, String pointer) throws BadAnswersException {
            String value = text(item.path(key), pointer + "/" + key);
            if (value.isEmpty()) {
                throw problem(pointer, "an action item needs '" + key + "'");
            }
            return value;
        }

        private static String ids(List<String> ids) {
            return ids.isEmpty() ? "none" : String.join(", ", ids);
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }
    }
}
