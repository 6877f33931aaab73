package dsim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The one JSON style of reports: two-space indent, {@code "key": value}, LF line ends, plain
 * decimals, and only ASCII (other characters escaped), so the bytes do not depend on the
 * platform's charset.
 *
 * <p>Trees are built from Jackson's node classes and written by walking them onto a
 * streaming generator. An {@code ObjectMapper} would do the same, but building one loads
 * some 300 classes and takes about 0.15 s on a cold JVM: a tenth of a short {@code compare}.
 */
public final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private Json() {
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A new empty array. */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** {@code node} pretty printed, ending with a newline. */
    public static String pretty(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return out + "\n";
    }

    /**
     * {@code node} on one line, without spaces or a newline: a record of a JSON Lines file.
     * Only ASCII, as everywhere.
     */
    public static String line(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return out.toString();
    }

    /**
     * A generator that writes the one style to {@code out}, for a document too large to build
     * as a tree first. Closing it flushes {@code out} and leaves it open: end the document
     * with a newline there, as {@link #pretty} does.
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(printer());
        return g;
    }

    /** Writes {@code node} onto {@code g}: the same text as {@link #pretty} gives for it. */
    public static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                writeFields(g, node);
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    write(g, element);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case NUMBER -> writeNumber(g, node);
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            default -> throw new IllegalArgumentException("reports build plain trees, not " + node.getNodeType());
        }
    }

    /** Writes the fields of the object {@code node} onto {@code g}, inside an object already started. */
    public static void writeFields(JsonGenerator g, JsonNode node) throws IOException {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            g.writeFieldName(field.getKey());
            write(g, field.getValue());
        }
    }

    /** Each number as its own node type writes itself, so the text is what Jackson would write. */
    private static void writeNumber(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT -> g.writeNumber(node.intValue());
            case LONG -> g.writeNumber(node.longValue());
            case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
            case FLOAT -> g.writeNumber(node.floatValue());
            case DOUBLE -> g.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
            default -> throw new IllegalArgumentException("unknown number type " + node.numberType());
        }
    }

    private static DefaultPrettyPrinter printer() {
        // The default indenter uses the platform line separator; output must not depend on the OS.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }
}
