package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.text.Echo;
import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void of_shortText_isShownAsTyped() {
        assertEquals("network.default.loss", Echo.of("network.default.loss"));
    }

    @Test
    void of_lineBreaksAndInvisibles_areMadeVisible() {
        assertEquals("a\\nb\\tc\\u200bd", Echo.of("a\nb\tc\u200bd"));
    }

    @Test
    void of_longText_keepsItsStartAndEnd_andSaysHowMuchWasCut() {
        String value = "1" + "0".repeat(2998) + "ms";
        String shown = Echo.of(value);
        assertTrue(shown.length() <= Echo.MAX, shown.length() + " characters");
        assertTrue(shown.startsWith("1000"), shown);
        assertTrue(shown.endsWith("00ms"), "the unit at the end stays: " + shown);
        int cut = Integer.parseInt(shown.replaceAll(".*\\.\\.\\.\\(([0-9,]+) characters cut\\)\\.\\.\\..*", "$1")
                .replace(",", ""));
        assertEquals(value.length(), shown.length() - ("...(" + String.format("%,d", cut) + " characters cut)...").length()
                + cut, "the count is what is missing");
    }

    @Test
    void of_shorterLimit_isKept() {
        assertTrue(Echo.of("k".repeat(500), 60).length() <= 60);
    }

    @Test
    void of_itsOwnOutput_isUnchanged() {
        String once = Echo.of("x\n".repeat(400));
        assertEquals(once, Echo.of(once));
    }

    @Test
    void of_neverSplitsACharacterInTwo() {
        String shown = Echo.of("\ud83d\ude00".repeat(300));
        assertTrue(!Character.isHighSurrogate(shown.charAt(shown.indexOf("...(") - 1)), shown);
        assertTrue(!Character.isLowSurrogate(shown.charAt(shown.lastIndexOf(")...") + 4)), shown);
    }
}
