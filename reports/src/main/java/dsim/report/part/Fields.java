package dsim.report.part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one record of a part file, each of the type it must have. A field that
 * is missing or of another type is an error naming it: a part file is dsim's own output, so
 * anything unexpected means it was cut short, edited or written by something else.
 */
final class Fields {

    private Fields() {
    }

    static JsonNode object(JsonNode node, String name) throws PartException {
        JsonNode v = node.get(name);
        if (v == null || !v.isObject()) {
            throw wrong(name, "an object");
        }
        return v;
    }

    static JsonNode array(JsonNode node, String name) throws PartException {
        JsonNode v = node.get(name);
        if (v == null || !v.isArray()) {
            throw wrong(name, "an array");
        }
        return v;
    }

    static long whole(JsonNode node, String name) throws PartException {
        return value(node.get(name), name);
    }

    /** {@code v} as a 64-bit integer; {@code name} says what it is in an error. */
    static long value(JsonNode v, String name) throws PartException {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw wrong(name, "a 64-bit integer");
        }
        return v.longValue();
    }

    static int count(JsonNode node, String name) throws PartException {
        long v = whole(node, name);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new PartException(name + ": expected a count, got " + v);
        }
        return (int) v;
    }

    static String text(JsonNode node, String name) throws PartException {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) {
            throw wrong(name, "a string");
        }
        return v.textValue();
    }

    static boolean flag(JsonNode node, String name) throws PartException {
        JsonNode v = node.get(name);
        if (v == null || !v.isBoolean()) {
            throw wrong(name, "true or false");
        }
        return v.booleanValue();
    }

    /** {@code size} 64-bit integers, the array {@code name} of {@code node}. */
    static long[] longs(JsonNode node, String name, int size) throws PartException {
        JsonNode a = array(node, name);
        if (a.size() != size) {
            throw new PartException(name + ": expected " + size + " numbers, got " + a.size());
        }
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = value(a.get(i), name);
        }
        return out;
    }

    private static PartException wrong(String name, String what) {
        return new PartException(name + ": expected " + what);
    }
}
