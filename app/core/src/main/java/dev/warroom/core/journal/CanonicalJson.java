package dev.warroom.core.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The journal's canonical JSON: compact, UTF-8, event fields in their fixed order, object keys inside
 * {@code data} sorted, so that equal events always produce the same bytes and therefore the same hash.
 */
final class CanonicalJson {

    static final String SEQ = "seq";
    static final String TIME = "time";
    static final String WALL = "wall";
    static final String OFFSET_MILLIS = "offsetMillis";
    static final String ACTOR = "actor";
    static final String TYPE = "type";
    static final String DATA = "data";
    static final String PREV = "prev";
    static final String HASH = "hash";

    private CanonicalJson() {
    }

    /** Writes {@code node} with every object's keys in sorted order. */
    static void writeSorted(JsonGenerator out, JsonNode node) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.size());
            Iterator<String> it = node.fieldNames();
            while (it.hasNext()) {
                names.add(it.next());
            }
            Collections.sort(names);
            out.writeStartObject();
            for (String name : names) {
                out.writeFieldName(name);
                writeSorted(out, node.get(name));
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode element : node) {
                writeSorted(out, element);
            }
            out.writeEndArray();
        } else {
            out.writeTree(node);
        }
    }
}
