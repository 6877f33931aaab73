package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class SeedConverterTest {

    private final SeedConverter converter = new SeedConverter();

    @Test
    void convert_decimal() {
        assertEquals(42L, converter.convert("42"));
        assertEquals(-7L, converter.convert("-7"));
        assertEquals(-1L, converter.convert("18446744073709551615"));
    }

    @Test
    void convert_hex_anyCase_full64Bits() {
        assertEquals(42L, converter.convert("0x2a"));
        assertEquals(42L, converter.convert("0X2A"));
        assertEquals(-1L, converter.convert("0xffffffffffffffff"));
    }

    @Test
    void convert_garbage_explains() {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert("seven"));
        assertEquals("expected a decimal or 0x-hex 64-bit integer, got 'seven'", e.getMessage());
        assertThrows(TypeConversionException.class, () -> converter.convert("0x1ffffffffffffffff"));
    }
}
