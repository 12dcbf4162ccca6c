package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.JsonPointers;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Visits every text and every duration of a plan with its JSON Pointer, so a rule that concerns all of
 * them (bounds, secrets, invisible characters) cannot miss a field added to the records later.
 * Record component names are the plan's property names.
 */
final class PlanWalk {

    /** What a rule sees of one value: the record that holds it and the property it stands in. */
    interface Visitor {
        default void text(String pointer, Object owner, String property, String value) {
        }

        default void duration(String pointer, Object owner, String property, Duration value) {
        }
    }

    private PlanWalk() {
    }

    static void walk(Record root, Visitor visitor) {
        visitRecord(root, "", visitor);
    }

    private static void visitRecord(Record record, String pointer, Visitor visitor) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(record, component);
            visitValue(value, JsonPointers.child(pointer, component.getName()), record, component.getName(), visitor);
        }
    }

    private static void visitValue(Object value, String pointer, Object owner, String property, Visitor visitor) {
        if (value instanceof String text) {
            visitor.text(pointer, owner, property, text);
        } else if (value instanceof Duration duration) {
            visitor.duration(pointer, owner, property, duration);
        } else if (value instanceof Record record) {
            visitRecord(record, pointer, visitor);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visitValue(list.get(i), JsonPointers.child(pointer, i), owner, property, visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                visitValue(entry.getValue(), JsonPointers.child(pointer, String.valueOf(entry.getKey())), owner, property, visitor);
            }
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
