package dsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON style of reports: two-space indent, {@code "key": value}, LF line ends, plain
 * decimals, and only ASCII (other characters escaped), so the bytes do not depend on the
 * platform's charset.
 */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private Json() {
    }

    /** {@code node} pretty printed, ending with a newline. */
    static String pretty(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; failing here is a bug.
            throw new IllegalStateException("cannot write JSON", e);
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
