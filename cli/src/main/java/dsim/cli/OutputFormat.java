package dsim.cli;

import dsim.text.Echo;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code dsim run} prints: the text table or the JSON array. */
enum OutputFormat {
    TEXT, JSON;

    /** The names shell completion offers. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("text", "json").iterator();
        }
    }

    /** Accepts {@code text} or {@code json}, in any case. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text" -> TEXT;
                case "json" -> JSON;
                default -> throw new TypeConversionException("expected text or json, got '" + Echo.of(value) + "'");
            };
        }
    }
}
