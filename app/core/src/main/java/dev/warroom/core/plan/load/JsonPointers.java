package dev.warroom.core.plan.load;

/** Building JSON Pointers (RFC 6901). */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The last segment, unescaped: the property name or index the pointer ends in. */
    public static String lastSegment(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }
}
