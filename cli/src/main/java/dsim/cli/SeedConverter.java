package dsim.cli;

import dsim.text.Echo;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a seed: decimal ({@code 42}, {@code -7}, or unsigned up to 2^64-1, the form dsim
 * prints) or hex ({@code 0x2a}, up to 64 bits).
 */
final class SeedConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace("_", "");
        try {
            if (v.startsWith("0x")) {
                // Unsigned, so every 64-bit seed a report prints in hex can be typed back.
                return Long.parseUnsignedLong(v.substring(2), 16);
            }
            return v.startsWith("-") ? Long.parseLong(v) : Long.parseUnsignedLong(v);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a decimal or 0x-hex 64-bit integer, got '" + Echo.of(value) + "'");
        }
    }
}
